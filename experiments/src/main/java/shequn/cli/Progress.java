package shequn.cli;

import java.io.PrintStream;
import java.util.Locale;
import shequn.montecarlo.Meter;

/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, a few plain lines when
 * piped (no ANSI codes in logs). Silent for work that finishes within a second.
 */
public final class Progress implements Meter {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastQuarter = -1;
    private boolean drawn;

    /** Bars on {@code out}, one per job, for the engine's {@link Meter}s. */
    public static Meter.Factory on(PrintStream out) {
        return (label, total) -> new Progress(label, total, out);
    }

    public Progress(String label, long total, PrintStream out) {
        this(label, total, out, System.console() != null);
    }

    Progress(String label, long total, PrintStream out, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    @Override
    public void update(long done) {
        long now = System.nanoTime();
        if (now - started < 1_000_000_000L) {
            return;
        }
        if (terminal) {
            if (now - lastDraw > 100_000_000L || done == total) {
                lastDraw = now;
                out.print("\r" + line(done, now));
                drawn = true;
            }
        } else {
            int quarter = (int) (4 * done / total);
            if (quarter > lastQuarter) {
                lastQuarter = quarter;
                out.println(line(done, now));
            }
        }
    }

    String line(long done, long now) {
        double seconds = (now - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int filled = (int) (WIDTH * done / total);
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d  %.1f/s  ETA %s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, rate, clock(left));
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    public void close() {
        if (drawn) {
            out.println();
        }
    }
}
