package shequn.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analytic references themselves, against closed forms and hand calculations. */
class ReferencesTest {

    @Test
    void liveEdgeOnAPathIsTheProductOfChances() {
        // 0 -strong- 1 -weak- 2: P(1) = a, P(2) = a b
        List<LiveEdge.Edge> path = List.of(new LiveEdge.Edge(0, 1, true), new LiveEdge.Edge(1, 2, false));
        LiveEdge.Spread s = LiveEdge.expectedSpread(3, path, new int[] {0}, 0.5, 0.2);
        assertEquals(1.0, s.reached()[0], 1e-12);
        assertEquals(0.5, s.reached()[1], 1e-12);
        assertEquals(0.1, s.reached()[2], 1e-12);
        assertEquals(1.6, s.expected(), 1e-12);
    }

    @Test
    void liveEdgeOnATriangleCountsBothRoutes() {
        // triangle, all p: node 1 is reached directly (p) or via 2 (1-p) p p
        double p = 0.3;
        List<LiveEdge.Edge> tri = List.of(new LiveEdge.Edge(0, 1, true), new LiveEdge.Edge(1, 2, true), new LiveEdge.Edge(0, 2, true));
        LiveEdge.Spread s = LiveEdge.expectedSpread(3, tri, new int[] {0}, p, 0);
        double one = p + (1 - p) * p * p;
        assertEquals(one, s.reached()[1], 1e-12);
        assertEquals(1 + 2 * one, s.expected(), 1e-12);
    }

    @Test
    void exactBassMeanAgreesWithMeanFieldWhenThereIsNoImitation() {
        // q = 0: adoption is Binomial(N, 1-(1-p)^t), whose mean the recursion gives exactly
        double[] exact = BassModel.exactMean(200, 0.05, 0, 0, 30);
        double[] mf = BassModel.meanField(200, 0.05, 0, 0, 30);
        for (int d = 0; d < 30; d++) {
            assertEquals(200 * (1 - Math.pow(0.95, d + 1)), exact[d], 1e-8);
            assertEquals(exact[d], mf[d], 1e-8);
        }
    }

    @Test
    void exactBassMeanIsBelowMeanFieldAtTakeOff() {
        // imitation is convex in F, but a random take-off day flattens the mean curve early on
        double[] exact = BassModel.exactMean(500, 0.002, 0.6, 0, 40);
        double[] mf = BassModel.meanField(500, 0.002, 0.6, 0, 40);
        double maxGap = 0;
        for (int d = 0; d < 40; d++) {
            maxGap = Math.max(maxGap, Math.abs(exact[d] - mf[d]) / 500);
        }
        assertTrue(maxGap > 0.01, "mean-field error visible: " + maxGap);
        assertTrue(exact[39] > 0.99 * 500, "saturates");
    }

    @Test
    void quadratureIntegratesTheGammaAndMatchesClosedForms() {
        RepeatBuying rb = new RepeatBuying(2.0, 0.15);
        assertEquals(1.0, rb.totalWeight(), 1e-9);
        int t = 28;
        double[] p = rb.countDistribution(t);
        double sum = 0;
        double mean = 0;
        for (int x = 0; x <= t; x++) {
            sum += p[x];
            mean += x * p[x];
        }
        assertEquals(1.0, sum, 1e-9);
        // P(no purchase in T days) = E[e^{-λT}] = (1 + T·mean/r)^-r, for both models
        double zero = Math.pow(1 + t * 0.15 / 2.0, -2.0);
        assertEquals(zero, p[0], 1e-9);
        assertEquals(zero, rb.nbd(t)[0], 1e-12);
        // E[X] = T·E[1 - e^{-λ}] = T (1 - (1 + mean/r)^-r)
        assertEquals(t * (1 - Math.pow(1 + 0.15 / 2.0, -2.0)), mean, 1e-9);
    }

    @Test
    void dropoutExpectationReducesToNoDropoutAndIsBelowIt() {
        RepeatBuying rb = new RepeatBuying(2.0, 0.15);
        int t = 60;
        double noDropout = t * (1 - Math.pow(1 + 0.15 / 2.0, -2.0));
        // Beta(a, b) with a tiny: dropout almost never happens
        double[] almostNone = rb.expectedWithDropout(1e-9, 1, t);
        assertEquals(noDropout, almostNone[t - 1], 1e-6);
        double[] some = rb.expectedWithDropout(1.2, 2.8, t);
        assertTrue(some[t - 1] < noDropout);
        // first day: nobody has bought yet, so nobody has dropped out
        assertEquals(1 - Math.pow(1 + 0.15 / 2.0, -2.0), some[0], 1e-9);
    }

    @Test
    void bgnbdClosedFormApproachesTheDiscreteProcessForSmallRates() {
        // with a small need rate, several needs a day are rare and the two models agree
        RepeatBuying rb = new RepeatBuying(2.0, 0.01);
        double[] discrete = rb.expectedWithDropout(1.6, 2.4, 200);
        double continuous = rb.bgnbd(1.6, 2.4, 200);
        assertEquals(continuous, discrete[199], 0.01 * continuous);
    }
}
