package shequn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import shequn.perf.BareBass;
import shequn.perf.BassWorkload;
import shequn.perf.EngineBass;
import shequn.perf.MasonBass;

/**
 * The implementations of the Bass-on-network rule — the engine, the textbook MASON model and the
 * bare CSR loop, with a coin per tie and with geometric skips — give the same adoption curve in
 * distribution: on the same graphs, the
 * mean curves over seeds agree within Monte-Carlo error on every day. The comparison is paired by
 * graph (each seed's graph is run by each with unrelated random streams) and allows four
 * standard errors of the paired difference plus half a consumer.
 */
class BassDockingTest {
    static final BassWorkload BASS = new BassWorkload(2_000, 10, 0.1, 0.01, 0.05, 40);
    static final int SEEDS = 24;

    @Test
    void engineMasonAndBareLoopDock() {
        long[][] engine = curves(seed -> EngineBass.run(BASS, seed).curve().aware());
        long[][] mason = curves(seed -> MasonBass.run(BASS.graph(seed), BASS.p(), BASS.w(), BASS.days(), seed ^ 0x5DEECE66DL).aware());
        long[][] bare = curves(seed -> new BareBass(BASS.graph(seed)).run(BASS.p(), BASS.w(), BASS.days(), seed ^ 0xBA5EL).aware());
        long[][] skipping = curves(seed -> new BareBass(BASS.graph(seed)).runSkipping(BASS.p(), BASS.w(), BASS.days(), seed ^ 0x5C1BL).aware());
        double[] mean = mean(engine);
        assertTrue(mean[BASS.days() - 1] > 0.5 * BASS.consumers(), "the curve takes off: " + mean[BASS.days() - 1]);
        for (int d = 1; d < BASS.days(); d++) {
            assertTrue(mean[d] >= mean[d - 1], "adoption never falls");
        }
        assertDock("MASON reference", engine, mason);
        assertDock("bare loop", engine, bare);
        assertDock("MASON vs bare loop", mason, bare);
        assertDock("bare loop with geometric skips", engine, skipping);
        assertDock("bare loop, skips vs a coin per tie", bare, skipping);
    }

    /** The test has power: a bare loop with twice the imitation per tie is told apart. */
    @Test
    void aDifferentRuleIsToldApart() {
        long[][] engine = curves(seed -> EngineBass.run(BASS, seed).curve().aware());
        long[][] faster = curves(seed -> new BareBass(BASS.graph(seed)).run(BASS.p(), 2 * BASS.w(), BASS.days(), seed).aware());
        assertFalse(docks(engine, faster), "doubling w must be detected");
    }

    @Test
    void engineWordOfMouthPhaseIsTimedApart() {
        EngineBass.Run r = EngineBass.run(BASS.simulation(3));
        assertEquals(BASS.days(), r.curve().aware().length);
        assertTrue(r.womNanos() > 0 && r.womNanos() <= r.curve().wallNanos());
    }

    static long[][] curves(LongFunction<long[]> run) {
        long[][] out = new long[SEEDS][];
        for (int s = 0; s < SEEDS; s++) {
            out[s] = run.apply(1000 + s);
        }
        return out;
    }

    static double[] mean(long[][] curves) {
        double[] m = new double[curves[0].length];
        for (long[] c : curves) {
            for (int d = 0; d < m.length; d++) {
                m[d] += c[d] / (double) curves.length;
            }
        }
        return m;
    }

    static void assertDock(String what, long[][] a, long[][] b) {
        assertTrue(docks(a, b), what + " does not dock with the engine: " + worst(a, b));
    }

    static boolean docks(long[][] a, long[][] b) {
        return worst(a, b).excess <= 0;
    }

    record Gap(int day, double diff, double bound, double excess) {
    }

    /** The day where the paired mean difference most exceeds its bound (excess &gt; 0: a failure). */
    static Gap worst(long[][] a, long[][] b) {
        Gap worst = null;
        for (int d = 0; d < a[0].length; d++) {
            double sum = 0;
            double sq = 0;
            for (int s = 0; s < a.length; s++) {
                double x = a[s][d] - b[s][d];
                sum += x;
                sq += x * x;
            }
            int r = a.length;
            double mean = sum / r;
            double var = Math.max(0, (sq - r * mean * mean) / (r - 1));
            double bound = 4 * Math.sqrt(var / r) + 0.5;
            Gap g = new Gap(d, mean, bound, Math.abs(mean) - bound);
            if (worst == null || g.excess > worst.excess) {
                worst = g;
            }
        }
        return worst;
    }
}
