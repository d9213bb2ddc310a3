package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetworkStatsTest {
    private static final byte S = SocialGraph.STRONG;
    private static final byte W = SocialGraph.WEAK;

    /** A strong triangle 0-1-2, a weak tie 2-3 to a strong pair 3-4, and a lone node 5. */
    static SocialGraph graph() {
        return SocialGraph.fromEdges(new int[] {0, 1, 0, 2, 3}, new int[] {1, 2, 2, 3, 4}, new byte[] {S, S, S, W, S}, 6);
    }

    @Test
    void handMadeGraph() {
        NetworkStats s = NetworkStats.of(graph());
        assertEquals(5, s.edges());
        assertEquals(4, s.strongEdges());
        assertEquals(0.8, s.strongShare(), 1e-12);
        assertEquals(3, s.degree(2));
        assertEquals(2, s.strongDegree(2));
        assertEquals(1.0, s.clustering(0), 1e-12);
        assertEquals(1.0 / 3, s.clustering(2), 1e-12);
        assertEquals(0, s.clustering(3), 1e-12);
        assertEquals((1 + 1 + 1.0 / 3) / 6, s.meanClustering(), 1e-12);
        // strong: 0-1 shares 2 → 1/(1+1-1) = 1; 0-2 and 1-2 share one → 1/(1+2-1) = 0.5; 3-4 → 0/(1+0) = 0
        assertEquals((1 + 0.5 + 0.5 + 0) / 4, s.meanOverlapStrong(), 1e-12);
        assertEquals(0, s.meanOverlapWeak(), 1e-12);
        assertEquals(2, s.components());
        assertEquals(5.0 / 6, s.largestShare(), 1e-12);
        assertEquals(2, s.degreeQuantile(0.5));
        assertEquals(3, s.degreeQuantile(1.0));
    }

    @Test
    void removalCurves() {
        // 5 ties, one weak: weak-first removes 2-3 first and cuts {3,4} off
        double[] weak = NetworkStats.removalCurve(graph(), true, 1, 5);
        assertEquals(5.0 / 6, weak[0], 1e-12);
        assertEquals(3.0 / 6, weak[1], 1e-12);
        assertEquals(1.0 / 6, weak[5], 1e-12);
        double[] strong = NetworkStats.removalCurve(graph(), false, 1, 5);
        assertEquals(5.0 / 6, strong[0], 1e-12);
        assertEquals(2.0 / 6, strong[4], 1e-12, "only the weak tie is left");
        assertArrayEquals(new double[] {1, 1}, new double[] {NetworkStats.area(new double[] {1, 1}), 1}, 1e-12);
    }

    @Test
    void overlapFormula() {
        assertEquals(0, NetworkStats.overlap(1, 1, 0));
        assertEquals(0.5, NetworkStats.overlap(3, 2, 1), 1e-12);
    }
}
