package shequn.perf;

import shequn.engine.DayListener;
import shequn.engine.ShequnModel;
import shequn.engine.Simulation;
import shequn.metrics.Kpi;

/**
 * The engine running the Bass-on-network rule ({@link BassWorkload#scenario()}): the full
 * {@link ShequnModel}, all six phases, on the graph it built for {@code seed}. Adoption each day is
 * everyone off the NONE rung. Reports the whole day's cost and the word-of-mouth phase's alone.
 */
public final class EngineBass {
    private EngineBass() {
    }

    /** A run of the engine: the adoption curve (timed over whole days) and the word-of-mouth phase's wall time. */
    public record Run(Curve curve, long womNanos) {
    }

    public static Run run(BassWorkload bass, long seed) {
        return run(bass.simulation(seed));
    }

    /** Steps a built simulation to the end of its days; only the stepping is timed. */
    public static Run run(Simulation sim) {
        long wall0 = Clock.wall();
        long cpu0 = Clock.cpu();
        sim.stepToEnd(DayListener.NONE);
        long wall = Clock.wall() - wall0;
        long cpu = Clock.cpu() - cpu0;
        long womNanos = sim.phaseNanos()[2];
        long n = sim.world().people.n;
        int days = sim.day();
        long[] curve = new long[days];
        for (int d = 0; d < days; d++) {
            curve[d] = n - Math.round(sim.kpis().get(d, Kpi.LADDER_NONE));
        }
        sim.finish();
        return new Run(new Curve(curve, wall, cpu), womNanos);
    }
}
