package shequn.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;

/** Structural checks every {@link SocialGraph} must pass, whatever built it. */
final class GraphAssertions {
    private GraphAssertions() {
    }

    /** CSR invariants: monotone offsets, sorted rows, no self-loops or duplicates, symmetric with equal types. */
    static void assertCsrInvariants(SocialGraph g) {
        int n = g.size();
        long degreeSum = 0;
        assertEquals(0, g.start(0), "first row starts at slot 0");
        for (int i = 0; i < n; i++) {
            assertTrue(g.start(i) <= g.end(i), "offsets monotone at " + i);
            if (i + 1 < n) {
                assertEquals(g.end(i), g.start(i + 1), "rows contiguous at " + i);
            }
            degreeSum += g.degree(i);
            for (int k = g.start(i); k < g.end(i); k++) {
                int j = g.neighbour(k);
                assertTrue(j >= 0 && j < n, "neighbour in range");
                assertNotEquals(i, j, "self-loop at " + i);
                if (k > g.start(i)) {
                    assertTrue(g.neighbour(k - 1) < j, "row " + i + " sorted without duplicates");
                }
                byte t = g.type(k);
                assertTrue(t == SocialGraph.WEAK || t == SocialGraph.STRONG, "type known");
                int back = g.find(j, i);
                assertTrue(back >= 0, "edge " + i + "-" + j + " stored both ways");
                assertEquals(t, g.type(back), "both directions share a type");
            }
        }
        assertEquals(2 * g.edgeCount(), degreeSum, "degree sum = 2 * edges");
    }

    static double meanDegree(SocialGraph g) {
        return 2.0 * g.edgeCount() / g.size();
    }

    static int maxDegree(SocialGraph g) {
        int max = 0;
        for (int i = 0; i < g.size(); i++) {
            max = Math.max(max, g.degree(i));
        }
        return max;
    }

    static double strongShare(SocialGraph g) {
        long strong = 0;
        for (int k = 0; k < g.end(g.size() - 1); k++) {
            strong += g.type(k) == SocialGraph.STRONG ? 1 : 0;
        }
        return (double) strong / g.end(g.size() - 1);
    }

    static double sameBandShare(SocialGraph g, byte[] segment) {
        long same = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                same += segment[g.neighbour(k)] == segment[i] ? 1 : 0;
            }
        }
        return same / (2.0 * g.edgeCount());
    }

    /** Sum of squared band shares: the same-band rate of ties drawn uniformly. */
    static double baseRate(byte[] segment) {
        double[] count = new double[3];
        for (byte s : segment) {
            count[s]++;
        }
        double sum = 0;
        for (double c : count) {
            sum += (c / segment.length) * (c / segment.length);
        }
        return sum;
    }

    /** Age bands with shares 0.35 / 0.40 / 0.25, drawn with a fixed seed. */
    static byte[] segments(int n, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            s[i] = (byte) (u < 0.35 ? 0 : u < 0.75 ? 1 : 2);
        }
        return s;
    }
}
