package shequn.perf;

import java.nio.file.Path;
import shequn.engine.DayListener;
import shequn.engine.ShequnModel;
import shequn.engine.Simulation;
import shequn.engine.WorldTooLargeException;
import shequn.network.NetworkInputException;
import shequn.population.Consumers;
import shequn.scenario.Scenario;
import shequn.world.World;

/**
 * One timed replication of the engine through {@link Simulation} (memory guard, build, step day
 * by day), keeping what a benchmark wants: build and stepping time apart,
 * wall and this thread's CPU time, the time of each phase, and the bytes per consumer of the built
 * world's arrays.
 *
 * @param buildNanos     wall time to build the world
 * @param wallNanos      wall time stepping
 * @param cpuNanos       this thread's CPU time stepping
 * @param phaseNanos     wall time per phase ({@link ShequnModel#PHASES})
 * @param stateBytes     bytes of consumer state per consumer ({@link Consumers#bytesPerConsumer()})
 * @param tieBytes       bytes of social ties per consumer (the graph's arrays ÷ consumers)
 * @param heapAfterBuild heap in use after the build and a collection, or -1 when not measured
 */
public record EngineRun(int consumers, int days, long buildNanos, long wallNanos, long cpuNanos, long[] phaseNanos,
                        double stateBytes, double tieBytes, long heapAfterBuild) {

    public static EngineRun of(Scenario s, long seed, Path baseDir, boolean measureHeap)
            throws NetworkInputException, WorldTooLargeException {
        Simulation sim = Simulation.start(s, seed, baseDir);
        World w = sim.world();
        long heap = -1;
        if (measureHeap) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            heap = rt.totalMemory() - rt.freeMemory();
        }
        int n = w.people.n;
        long wall0 = Clock.wall();
        long cpu0 = Clock.cpu();
        sim.stepToEnd(DayListener.NONE);
        long wall = Clock.wall() - wall0;
        long cpu = Clock.cpu() - cpu0;
        long[] phases = sim.phaseNanos();
        double ties = w.ties.memoryBytes() / (double) n;
        sim.finish();
        return new EngineRun(n, s.days(), sim.buildNanos(), wall, cpu, phases, Consumers.bytesPerConsumer(), ties, heap);
    }

    public long agentDays() {
        return (long) consumers * days;
    }
}
