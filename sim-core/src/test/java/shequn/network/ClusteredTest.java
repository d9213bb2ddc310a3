package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shequn.network.GraphAssertions.assertCsrInvariants;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import shequn.scenario.Network;
import shequn.scenario.Network.Type;

/** The clustered generator: tie strength follows structure (Granovetter 1973; Onnela et al. 2007). */
class ClusteredTest {
    private static final byte[] SEGMENT = GraphAssertions.segments(20_000, 7);

    /** A small world whose tie types are drawn at random: the model without structure. */
    static Network randomTypes() {
        return new Network(Type.SMALL_WORLD, 10.0, 0.1, 0.7, 0.2, null, null, null, null, null, Network.TieStrength.RANDOM);
    }

    static Network clustered(double meanDegree, int size, double density, int hood, double bridges, double homophily) {
        return new Network(Type.CLUSTERED, meanDegree, null, homophily, null, null, size, density, hood, bridges, null);
    }

    static SocialGraph build(Network spec, byte[] segment, long seed) throws NetworkInputException {
        return NetworkBuilder.build(spec, segment, new MersenneTwisterFast(seed), null);
    }

    @Test
    void smallGraphHasExactNumbersForItsSeed() throws Exception {
        SocialGraph g = build(clustered(6, 4, 0.8, 20, 0.2, 0.7), GraphAssertions.segments(60, 3), 11);
        assertCsrInvariants(g);
        NetworkStats s = NetworkStats.of(g);
        // pinned: a change here changes every clustered world of that seed
        assertEquals(170, s.edges());
        assertEquals(79, s.strongEdges());
        assertEquals(8, g.degree(0));
        assertEquals(4, s.strongDegree(0));
        assertEquals(1, s.components());
        assertEquals(0.275714, s.meanClustering(), 1e-6);
    }

    @Test
    void withoutWeakTiesTheClustersAreCliquesOfTheStatedSizes() throws Exception {
        SocialGraph g = build(clustered(0, 4, 1.0, 100, 0.2, 0.7), SEGMENT, 3);
        NetworkStats s = NetworkStats.of(g);
        assertEquals(1.0, s.strongShare());
        int[] comp = NetworkStats.components(g);
        int[] size = new int[g.size()];
        for (int c : comp) {
            size[c]++;
        }
        int over = 0;
        for (int i = 0; i < g.size(); i++) {
            int members = size[comp[i]];
            assertTrue(members >= 2 && members <= 7, "cluster of " + members);
            over += members == 7 ? 1 : 0;
            assertEquals(members - 1, g.degree(i), "a clique");
        }
        assertTrue(over <= 7, "only the last cluster takes a remainder");
        // sizes uniform on 2..6: mean 4, so about 20,000 / 4 clusters
        assertEquals(5000, s.components(), 150);
    }

    @Test
    void sameSeedSameGraph() throws Exception {
        Network spec = clustered(10, 4, 0.8, 100, 0.2, 0.7);
        SocialGraph a = build(spec, SEGMENT, 5);
        SocialGraph b = build(spec, SEGMENT, 5);
        assertArrayEquals(a.neighbourArray(), b.neighbourArray());
        assertArrayEquals(a.typeArray(), b.typeArray());
    }

    @Test
    void meanDegreeIsReachedWithWeakTiesAndStrongShareIsWhatClustersGive() throws Exception {
        NetworkStats s = NetworkStats.of(build(clustered(10, 4, 0.8, 100, 0.2, 0.7), SEGMENT, 1));
        assertEquals(10, s.meanDegree(), 0.3);
        // strong degree 0.8 × (E[s²]/E[s] − 1) = 0.8 × 3.5 = 2.8 of 10
        assertEquals(0.28, s.strongShare(), 0.02);
        assertEquals(1.0, s.largestShare(), 0.01);
    }

    @Test
    void homophilyKeepsTiesInsideAgeBands() throws Exception {
        double tight = GraphAssertions.sameBandShare(build(clustered(10, 4, 0.8, 100, 0.2, 1.0), SEGMENT, 2), SEGMENT);
        double mixed = GraphAssertions.sameBandShare(build(clustered(10, 4, 0.8, 100, 0.2, 0.0), SEGMENT, 2), SEGMENT);
        assertTrue(tight > 0.97, "homophily 1: " + tight);
        assertEquals(GraphAssertions.baseRate(SEGMENT), mixed, 0.02);
    }

    @Test
    void strongTiesOverlapMoreThanWeakTies() throws Exception {
        NetworkStats s = NetworkStats.of(build(clustered(10, 4, 0.8, 100, 0.2, 0.7), SEGMENT, 1));
        assertTrue(s.meanOverlapStrong() > 3 * s.meanOverlapWeak(), s.meanOverlapStrong() + " vs " + s.meanOverlapWeak());
        NetworkStats random = NetworkStats.of(build(randomTypes(), SEGMENT, 1));
        assertEquals(1.0, random.meanOverlapStrong() / random.meanOverlapWeak(), 0.05, "random types: no difference");
    }

    @Test
    void removingWeakTiesFirstFragmentsFaster() throws Exception {
        SocialGraph g = build(clustered(10, 4, 0.8, 100, 0.2, 0.7), SEGMENT, 1);
        double[] weakFirst = NetworkStats.removalCurve(g, true, 9, 100);
        double[] strongFirst = NetworkStats.removalCurve(g, false, 9, 100);
        assertEquals(1.0, weakFirst[0], 0.01);
        assertTrue(weakFirst[80] < 0.01, "only the clusters are left: " + weakFirst[80]);
        assertTrue(strongFirst[50] > 0.9, "the weak ties still hold it together: " + strongFirst[50]);
        assertTrue(NetworkStats.area(weakFirst) < NetworkStats.area(strongFirst) - 0.1);
        SocialGraph random = build(randomTypes(), SEGMENT, 1);
        assertEquals(NetworkStats.area(NetworkStats.removalCurve(random, false, 9, 100)),
                NetworkStats.area(NetworkStats.removalCurve(random, true, 9, 100)), 0.02);
    }

    @Test
    void tinyPopulationsBuild() throws Exception {
        for (int n = 0; n <= 5; n++) {
            assertCsrInvariants(build(clustered(10, 4, 0.8, 100, 0.2, 0.7), new byte[n], 1));
        }
    }
}
