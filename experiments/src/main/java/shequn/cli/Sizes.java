package shequn.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import shequn.engine.MemoryEstimate;
import shequn.engine.WorldTooLargeException;
import shequn.montecarlo.Outcome;
import shequn.network.EdgeListReader;
import shequn.network.NetworkInputException;
import shequn.scenario.Network;
import shequn.scenario.Scenario;

/**
 * Sizes that multiply, bounded before any work and before the output folder is touched — as {@code run}'s
 * memory guard bounds one world ({@link MemoryEstimate}): the world each replication builds, the design
 * points × replications an experiment keeps in memory, and the bootstrap of a sensitivity analysis. A
 * size that will not fit is refused in one line (exit 2) naming the file and what to change.
 */
final class Sizes {
    /** Heap a design point costs before it runs: its parameter values and its loaded scenario. */
    static final long BYTES_PER_POINT = 48 * 1024;
    /** Replications an experiment may hold: its indices are ints, and its journal has a row each. */
    static final long MAX_RUNS = 50_000_000L;
    /** Arithmetic a bootstrap may do (resamples × rows × columns × KPIs): about a minute on one core. */
    static final double MAX_BOOTSTRAP_WORK = 3e10;

    private Sizes() {
    }

    /**
     * Refuses what building the worlds of {@code scenarios} would refuse, before any work: an edge list the
     * engine cannot read (read through here, once per file and size of population), and a world (the
     * largest) that will not fit, as {@code run} does. So {@code validate}, which calls this, says ok
     * exactly where {@code run} builds the world.
     */
    static void worlds(Path file, Collection<Scenario> scenarios) throws BadInput, NetworkInputException {
        for (Scenario s : scenarios) {
            if (s.network().type() == Network.Type.EDGE_LIST && s.network().file() != null) {
                EdgeListReader.check(Path.of(s.network().file()), s.consumers()); // the loader made it absolute
            }
        }
        Scenario largest = null;
        long most = -1;
        for (Scenario s : scenarios) {
            long need = MemoryEstimate.of(s).neededBytes();
            if (need > most) {
                most = need;
                largest = s;
            }
        }
        if (largest == null) {
            return;
        }
        try {
            MemoryEstimate.of(largest).check();
        } catch (WorldTooLargeException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
    }

    /**
     * Refuses {@code points} × {@code reps} replications whose results will not fit in the heap (each keeps
     * its totals, and its daily series when {@code daily}), before the design is even drawn.
     *
     * @param what what to change, e.g. "fewer levels or parameters"
     */
    static void runs(Path file, long points, long reps, int days, boolean daily, String what) throws BadInput {
        long runs = saturatingMultiply(points, reps);
        if (runs > MAX_RUNS) {
            throw new BadInput(String.format(Locale.ROOT, "%s: %s design points × %s replications = %s runs; at most %,d "
                    + "are allowed — use %s", file, count(points), count(reps), count(runs), MAX_RUNS, what));
        }
        long perRun = 16L + 8L * Outcome.TOTALS.size() + 64
                + (daily ? (long) days * (16L + 8L * (Outcome.DAILY.size() + 1)) : 0);
        long need = saturatingAdd(saturatingMultiply(points, BYTES_PER_POINT), saturatingMultiply(runs, perRun));
        long available = MemoryEstimate.availableBytes();
        if (need > available) {
            throw new BadInput(String.format(Locale.ROOT, "%s: %s design points × %s replications need about %s of memory; "
                    + "this JVM can use %s — use %s", file, count(points), count(reps), gb(need), gb(available), what));
        }
    }

    /** Refuses a bootstrap of {@code resamples} draws over {@code rows} rows of {@code columns} that will not fit or end. */
    static void bootstrap(Path file, long resamples, long rows, long columns, long kpis) throws BadInput {
        long need = saturatingMultiply(resamples, 16L * columns + 64);
        long available = MemoryEstimate.availableBytes();
        if (need > available) {
            throw new BadInput(String.format(Locale.ROOT, "%s: --bootstrap: %s resamples need about %s of memory; this JVM "
                    + "can use %s — use fewer (1000 is plenty for a 95%% interval)", file, count(resamples), gb(need), gb(available)));
        }
        double work = (double) resamples * rows * columns * kpis;
        if (work > MAX_BOOTSTRAP_WORK) {
            throw new BadInput(String.format(Locale.ROOT, "%s: --bootstrap: %s resamples of %s rows would take hours; use "
                    + "fewer (1000 is plenty for a 95%% interval)", file, count(resamples), count(rows)));
        }
    }

    /** a × b, or Long.MAX_VALUE where it overflows (sizes are never negative). */
    static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String gb(long bytes) {
        return bytes == Long.MAX_VALUE ? "more than 8 EB" : String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
