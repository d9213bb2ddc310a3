package shequn.bench;

import java.nio.file.Path;
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
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * One day of the engine (all six phases) on {@code store-plus-community.yaml} scaled to
 * {@code consumers}. The world is built once per iteration and stepped through a fresh year as the
 * invocations go (a day's cost changes over the year as groups fill, so each measurement iteration
 * covers the same stretch: 365 invocations from day 0). Score: time per simulated day; divide the
 * consumers by it for agent-days per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 365)
@Measurement(iterations = 3, batchSize = 365)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class DayStepBenchmark {
    @Param("100000")
    public int consumers;

    private Simulation sim;

    @Setup(Level.Iteration)
    public void build() throws Exception {
        Scenario s = ScenarioLoader.load(Scenarios.dir().resolve("store-plus-community.yaml"),
                List.of("population.consumers=" + consumers));
        sim = Simulation.start(s, 1, Scenarios.dir());
    }

    @Benchmark
    public double day() {
        sim.step();
        return sim.day();
    }

    /** The scenario library, found from the working directory upwards. */
    static final class Scenarios {
        private Scenarios() {
        }

        static Path dir() {
            for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
                if (p.resolve("scenarios/store-plus-community.yaml").toFile().exists()) {
                    return p.resolve("scenarios");
                }
            }
            throw new IllegalStateException("run from inside the shequn checkout: scenarios/ not found");
        }
    }
}
