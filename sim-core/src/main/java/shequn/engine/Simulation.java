package shequn.engine;

import java.nio.file.Path;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;

/** Runs one replication of a scenario: the engine's entry point for the CLI and the experiments. */
public final class Simulation {
    private Simulation() {
    }

    /**
     * Builds the world for {@code seed} and steps it through the scenario's days.
     *
     * @param baseDir folder that relative paths in the scenario (an edge-list file) are read from
     * @throws WorldTooLargeException before building anything, when the world will not fit in the heap
     */
    public static RunResult run(Scenario scenario, long seed, Path baseDir, DayListener listener)
            throws NetworkInputException, WorldTooLargeException {
        MemoryEstimate.of(scenario).check();
        long t0 = System.nanoTime();
        ShequnModel model = new ShequnModel(scenario, seed, baseDir);
        model.build();
        long t1 = System.nanoTime();
        model.start();
        int days = scenario.days();
        for (int d = 0; d < days; d++) {
            model.schedule.step(model);
            listener.dayDone(d, days);
        }
        long t2 = System.nanoTime();
        // read everything before finish(): MASON sets the clock to infinity there
        RunResult result = new RunResult(scenario.name(), seed, days, scenario.consumers(),
                model.kpis(), Totals.of(model.world(), model.kpis()), model.world().cascadeSizes.toArray(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        model.finish();
        return result;
    }

    public static RunResult run(Scenario scenario, long seed) throws NetworkInputException, WorldTooLargeException {
        return run(scenario, seed, Path.of("."), DayListener.NONE);
    }
}
