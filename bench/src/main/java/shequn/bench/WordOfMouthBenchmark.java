package shequn.bench;

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
import shequn.network.SocialGraph;
import shequn.perf.BareBass;
import shequn.perf.BassWorkload;
import shequn.perf.EngineBass;
import shequn.perf.MasonBass;

/**
 * The word-of-mouth kernel: the Bass model on a small-world network ({@link BassWorkload}), run to
 * the end ({@code days}) by the engine, by the textbook MASON model and by the bare CSR loop, on
 * the same graph, in the same JVM. Score: time per whole run (all {@code days} days); divide
 * consumers × days by it for agent-steps per second. Building the graph and the engine's world is
 * set-up, not timed; building the MASON model (agents, Network) is inside its score, as in
 * {@link MasonBass#run} only the stepping is timed — so the JMH score of {@code mason} is an upper
 * bound for its stepping.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class WordOfMouthBenchmark {
    @Param("100000")
    public int consumers;
    @Param("60")
    public int days;

    private BassWorkload bass;
    private Simulation sim;
    private SocialGraph graph;
    private BareBass bare;

    @Setup(Level.Trial)
    public void graph() {
        bass = new BassWorkload(consumers, 10, 0.1, 0.01, 0.04, days);
        graph = bass.graph(1);
        bare = new BareBass(graph);
    }

    @Setup(Level.Invocation)
    public void world() {
        sim = bass.simulation(1);
    }

    @Benchmark
    public long engine() {
        return EngineBass.run(sim).curve().aware()[days - 1];
    }

    @Benchmark
    public long mason() {
        return MasonBass.run(graph, bass.p(), bass.w(), days, 1).aware()[days - 1];
    }

    @Benchmark
    public long bare() {
        return bare.run(bass.p(), bass.w(), days, 1).aware()[days - 1];
    }

}
