package shequn.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import shequn.engine.Simulation;
import shequn.groups.GroupLife;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.world.GroupState;

/**
 * Phase 2 alone: a day of group life in {@code store-plus-community.yaml} (10 groups of up to 200)
 * once the groups have filled — the world is stepped {@code warmDays} whole days first (set-up, not
 * timed), then group life is run {@code batchSize} days on its own. Score: time per group-life day;
 * divide by the members for the cost per member-day.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, batchSize = 100)
@Measurement(iterations = 5, batchSize = 100)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GroupLifeBenchmark {
    @Param("20000")
    public int consumers;
    @Param("120")
    public int warmDays;

    private Simulation sim;

    @Setup(Level.Iteration)
    public void fill() throws Exception {
        Scenario s = ScenarioLoader.load(DayStepBenchmark.Scenarios.dir().resolve("store-plus-community.yaml"),
                List.of("population.consumers=" + consumers));
        sim = Simulation.start(s, 1, DayStepBenchmark.Scenarios.dir());
        sim.step(warmDays);
    }

    @Benchmark
    public int groupLife() {
        GroupLife.step(sim.world());
        int members = 0;
        for (GroupState g : sim.world().groups) {
            members += g.size;
        }
        return members;
    }
}
