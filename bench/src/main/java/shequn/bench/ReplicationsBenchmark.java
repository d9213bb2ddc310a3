package shequn.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import shequn.engine.DayListener;
import shequn.engine.RunResult;
import shequn.engine.Seeds;
import shequn.engine.Simulation;
import shequn.montecarlo.ReplicationPool;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * Monte-Carlo replications: {@code replications} runs of {@code store-plus-community.yaml} at
 * {@code consumers} over a year, seeds from {@link Seeds#replication}, on a pool of {@code threads}.
 * Replications run on the Monte-Carlo runner's {@link ReplicationPool}, each through
 * {@link Simulation#run}. Efficiency = (score at 1 thread ÷ score at N threads) ÷ N.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReplicationsBenchmark {
    @Param("10000")
    public int consumers;
    @Param("4")
    public int replications;
    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;
    private ReplicationPool pool;

    @Setup
    public void load() throws Exception {
        scenario = ScenarioLoader.load(DayStepBenchmark.Scenarios.dir().resolve("store-plus-community.yaml"),
                List.of("population.consumers=" + consumers));
        pool = new ReplicationPool(threads);
    }

    @TearDown
    public void stop() {
        pool.close();
    }

    @Benchmark
    public double replicate() throws Exception {
        double gmv = 0;
        for (RunResult r : pool.map(replications, rep -> Simulation.run(scenario, Seeds.replication(1, rep),
                DayStepBenchmark.Scenarios.dir(), DayListener.NONE))) {
            gmv += r.totals().get("gmv");
        }
        return gmv;
    }
}
