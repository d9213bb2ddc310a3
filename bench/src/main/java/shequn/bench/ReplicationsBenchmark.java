package shequn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * Monte-Carlo replications: {@code replications} runs of {@code store-plus-community.yaml} at
 * {@code consumers} over a year, seeds from {@link Seeds#replication}, on a pool of {@code threads}.
 * The Monte-Carlo runner ({@code shequn mc}) is built on another branch and is not on this one, so
 * this is a plain loop of replications over {@link Simulation#run} — the work that runner
 * schedules. Efficiency = (score at 1 thread ÷ score at N threads) ÷ N.
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
    private ExecutorService pool;

    @Setup
    public void load() throws Exception {
        scenario = ScenarioLoader.load(DayStepBenchmark.Scenarios.dir().resolve("store-plus-community.yaml"),
                List.of("population.consumers=" + consumers));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
    }

    @TearDown
    public void stop() {
        pool.shutdownNow();
    }

    @Benchmark
    public double replicate() throws Exception {
        List<Future<RunResult>> jobs = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            long seed = Seeds.replication(1, r);
            jobs.add(pool.submit(() -> Simulation.run(scenario, seed, DayStepBenchmark.Scenarios.dir(), DayListener.NONE)));
        }
        double gmv = 0;
        for (Future<RunResult> f : jobs) {
            gmv += f.get().totals().get("gmv");
        }
        return gmv;
    }
}
