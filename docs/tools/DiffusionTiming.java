import java.util.Arrays;
import java.util.Locale;
import shequn.engine.Simulation;
import shequn.network.SocialGraph;
import shequn.perf.BareBass;
import shequn.perf.BassWorkload;
import shequn.perf.Curve;
import shequn.perf.EngineBass;
import shequn.perf.MasonBass;

/**
 * How docs/PERFORMANCE.md compared the diffusion workload across commits (its first section): the Bass
 * workload passed explicitly, the engine's word-of-mouth phase and whole day against the coin-per-tie bare loop
 * and (with a second argument) textbook MASON on the same graphs; medians of the runs after the first. Built
 * and run as docs/tools/StepTiming.java says. At ab986b3 the engine is reached differently: replace
 * {@code bass.simulation(seed)} by {@code bass.model(seed)}, {@code sim.world()} by {@code model.world()} and
 * {@code EngineBass.run(sim)} by {@code EngineBass.run(model, bass.days())}.
 *
 *   (cd $R && java -cp "/tmp/st:$CP" DiffusionTiming 4 mason)
 */
public class DiffusionTiming {
    public static void main(String[] a) throws Exception {
        BassWorkload bass = new BassWorkload(100_000, 10, 0.1, 0.003, 0.03, 100);
        int runs = Integer.parseInt(a[0]);
        boolean mason = a.length > 1;
        double[][] t = new double[4][runs - 1];
        for (int r = 0; r < runs; r++) {
            long seed = 100 + r;
            Simulation sim = bass.simulation(seed);
            SocialGraph g = sim.world().ties;
            EngineBass.Run engine = EngineBass.run(sim);
            Curve bare = new BareBass(g).run(bass.p(), bass.w(), bass.days(), seed);
            double masonCpu = mason && r > 0 ? MasonBass.run(g, bass.p(), bass.w(), bass.days(), seed).cpuNanos() / 1e9 : 0;
            if (r > 0) {
                t[0][r - 1] = engine.womNanos() / 1e9;
                t[1][r - 1] = engine.curve().cpuNanos() / 1e9;
                t[2][r - 1] = bare.cpuNanos() / 1e9;
                t[3][r - 1] = masonCpu;
            }
        }
        double[] m = new double[4];
        for (int k = 0; k < 4; k++) {
            Arrays.sort(t[k]);
            m[k] = t[k][t[k].length / 2];
        }
        System.out.printf(Locale.ROOT, "engine word of mouth %.3f s, whole day %.3f s CPU (%.2f M agent-days/s); bare %.3f s;"
                + " whole day ÷ bare %.2f×%s%n", m[0], m[1], bass.agentDays() / m[1] / 1e6, m[2], m[2] / m[1],
                mason ? String.format(Locale.ROOT, "; MASON %.3f s, %.1f×", m[3], m[3] / m[1]) : "");
    }
}
