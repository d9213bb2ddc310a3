package shequn.engine;

import java.nio.file.Path;
import shequn.campaigns.Levers;
import shequn.groups.GroupLife;
import shequn.ladder.TieUpdate;
import shequn.metrics.DailyKpis;
import shequn.metrics.Recorder;
import shequn.network.NetworkInputException;
import shequn.scenario.Scenario;
import shequn.shopping.Shopping;
import shequn.wom.WordOfMouth;
import shequn.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One replication as a MASON model: {@link #start()} builds the world and schedules the six
 * daily phases as Steppables with orderings 0–5, so MASON runs them in this order every day.
 * The behaviour stream is MASON's own {@code random}; world and needs have their own streams.
 */
public final class ShequnModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient Path baseDir;
    private final long seed;
    private transient World world;
    private transient DailyKpis kpis;
    private final long[] phaseNanos = new long[PHASES.length];

    /** The daily phases, in the order MASON runs them. */
    public static final String[] PHASES = {"campaigns", "group life", "word of mouth", "shopping", "ties and ladder",
        "metrics"};

    public ShequnModel(Scenario scenario, long seed, Path baseDir) {
        super(Seeds.stream(seed, Seeds.BEHAVIOUR));
        this.scenario = scenario;
        this.seed = seed;
        this.baseDir = baseDir;
    }

    /** Builds the world; separated from {@link #start()} because the network file can be bad. */
    public void build() throws NetworkInputException {
        world = WorldBuilder.build(scenario, seed, baseDir, random);
        kpis = new DailyKpis(scenario.days());
    }

    @Override
    public void start() {
        super.start();
        if (world == null) {
            throw new IllegalStateException("build() the world before start()");
        }
        phase(0, () -> {
            world.day = (int) Math.round(schedule.getTime());
            world.arrive();
            Levers.step(world);
        });
        phase(1, () -> GroupLife.step(world));
        phase(2, () -> WordOfMouth.step(world));
        phase(3, () -> Shopping.step(world));
        phase(4, () -> TieUpdate.step(world));
        phase(5, () -> Recorder.record(world, world.census, kpis));
    }

    private void phase(int order, Runnable body) {
        Steppable step = state -> {
            long t0 = System.nanoTime();
            body.run();
            phaseNanos[order] += System.nanoTime() - t0;
        };
        schedule.scheduleRepeating(0.0, order, step, 1.0);
    }

    /** Wall time spent in each phase so far, in the order of {@link #PHASES}: where a run's time goes. */
    public long[] phaseNanos() {
        return phaseNanos.clone();
    }

    public World world() {
        return world;
    }

    public DailyKpis kpis() {
        return kpis;
    }
}
