package shequn.engine;

import java.nio.file.Path;
import java.util.function.Function;
import shequn.metrics.DailyKpis;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;
import shequn.world.World;

/**
 * One replication's life — memory guard, build, start, step day by day, read, finish — and the one
 * place that loop is written: the CLI, the Monte-Carlo runner, Spark, the validation suite and the
 * benchmarks all go through it. Most callers want {@link #run(Scenario, long, Path, DayListener)};
 * those that step a day at a time (a benchmark), read the world after the last day (a validation
 * check) or time the build apart from the stepping hold the instance {@link #start} returns.
 *
 * <p>Everything a caller reads — world, daily KPIs, {@link #result()} — must be read before
 * {@link #finish()}: MASON sets the clock to infinity there.
 */
public final class Simulation {
    private final ShequnModel model;
    private final Scenario scenario;
    private final long seed;
    private final long buildNanos;
    private final long startedAt;
    private long steppedAt;
    private int day;

    private Simulation(ShequnModel model, Scenario scenario, long seed, long buildNanos) {
        this.model = model;
        this.scenario = scenario;
        this.seed = seed;
        this.buildNanos = buildNanos;
        model.start();
        this.startedAt = System.nanoTime();
        this.steppedAt = startedAt;
    }

    /**
     * Builds the world for {@code seed} and starts its schedule at day 0.
     *
     * @param baseDir folder that relative paths in the scenario (an edge-list file) are read from
     * @throws WorldTooLargeException before building anything, when the world will not fit in the heap
     */
    public static Simulation start(Scenario scenario, long seed, Path baseDir)
            throws NetworkInputException, WorldTooLargeException {
        MemoryEstimate.of(scenario).check();
        long t0 = System.nanoTime();
        ShequnModel model = new ShequnModel(scenario, seed, baseDir);
        model.build();
        return new Simulation(model, scenario, seed, System.nanoTime() - t0);
    }

    /** Builds, steps through every day of the scenario and returns what the run produced. */
    public static RunResult run(Scenario scenario, long seed, Path baseDir, DayListener listener)
            throws NetworkInputException, WorldTooLargeException {
        return run(scenario, seed, baseDir, listener, Simulation::result);
    }

    public static RunResult run(Scenario scenario, long seed) throws NetworkInputException, WorldTooLargeException {
        return run(scenario, seed, Path.of("."), DayListener.NONE);
    }

    /**
     * Builds, steps through every day of the scenario, and hands the finished simulation to
     * {@code atEnd} (world and daily KPIs still readable) before finishing it.
     */
    public static <T> T run(Scenario scenario, long seed, Path baseDir, DayListener listener,
                            Function<Simulation, T> atEnd) throws NetworkInputException, WorldTooLargeException {
        return start(scenario, seed, baseDir).complete(listener, atEnd);
    }

    /**
     * Steps the days left, hands this simulation to {@code atEnd} (world and daily KPIs still
     * readable) and finishes it.
     */
    public <T> T complete(DayListener listener, Function<Simulation, T> atEnd) {
        stepToEnd(listener);
        T out = atEnd.apply(this);
        finish();
        return out;
    }

    /** Steps one day: the six phases of {@link ShequnModel}, in order. */
    public void step() {
        model.schedule.step(model);
        day++;
        steppedAt = System.nanoTime();
    }

    /** Steps {@code days} days. */
    public void step(int days) {
        for (int d = 0; d < days; d++) {
            step();
        }
    }

    /** Steps the days left in the scenario, telling {@code listener} after each. */
    public void stepToEnd(DayListener listener) {
        int days = scenario.days();
        while (day < days) {
            step();
            listener.dayDone(day - 1, days);
        }
    }

    /** Days stepped so far. */
    public int day() {
        return day;
    }

    public ShequnModel model() {
        return model;
    }

    public World world() {
        return model.world();
    }

    public DailyKpis kpis() {
        return model.kpis();
    }

    /** Wall time of each phase so far, in the order of {@link ShequnModel#PHASES}. */
    public long[] phaseNanos() {
        return model.phaseNanos();
    }

    /** Wall time of the build (0 for a model built by its owner). */
    public long buildNanos() {
        return buildNanos;
    }

    /** Wall time from the start to the end of the last day stepped. */
    public long stepNanos() {
        return steppedAt - startedAt;
    }

    /** Daily KPIs, headline totals and cascade sizes of the days stepped so far. */
    public RunResult result() {
        return new RunResult(scenario.name(), seed, scenario.days(), scenario.consumers(),
                model.kpis(), Totals.of(model.world(), model.kpis()), model.world().cascadeSizes.toArray(),
                cascadeSources(model.world()), buildNanos / 1_000_000, stepNanos() / 1_000_000);
    }

    static String[] cascadeSources(shequn.world.World w) {
        String[] out = new String[w.cascadeSources.size()];
        for (int k = 0; k < out.length; k++) {
            int s = w.cascadeSources.get(k);
            out[k] = s == shequn.world.World.CUSTOMER ? "customer" : s == shequn.world.World.SEEDED ? "seed"
                    : "kol:" + w.kols[s].spec.id();
        }
        return out;
    }

    /** Ends the run (MASON's {@code finish}); nothing can be read after. */
    public void finish() {
        model.finish();
    }
}
