package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shequn.network.GraphAssertions.assertCsrInvariants;
import static shequn.network.GraphAssertions.baseRate;
import static shequn.network.GraphAssertions.maxDegree;
import static shequn.network.GraphAssertions.meanDegree;
import static shequn.network.GraphAssertions.sameBandShare;
import static shequn.network.GraphAssertions.strongShare;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import shequn.scenario.Network;
import shequn.scenario.Network.Type;

class NetworkBuilderTest {
    private static final int N = 20_000;
    private static final byte[] SEGMENT = GraphAssertions.segments(N, 7);

    private static SocialGraph build(Network spec, byte[] segment, long seed) throws NetworkInputException {
        return NetworkBuilder.build(spec, segment, new MersenneTwisterFast(seed), null);
    }

    private static Network spec(Type type, double meanDegree) {
        return new Network(type, meanDegree, 0.1, 0.7, 0.2, null);
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "SCALE_FREE", "HOMOPHILOUS_BLOCKS"})
    void generatedGraphsKeepCsrInvariants(Type type) throws Exception {
        assertCsrInvariants(build(spec(type, 10), SEGMENT, 1));
        assertCsrInvariants(build(spec(type, 3), GraphAssertions.segments(50, 3), 2));
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "SCALE_FREE", "HOMOPHILOUS_BLOCKS"})
    void meanDegreeMatchesTarget(Type type) throws Exception {
        assertEquals(10.0, meanDegree(build(spec(type, 10), SEGMENT, 3)), 0.1);
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "HOMOPHILOUS_BLOCKS"})
    void oddMeanDegreeIsMetInExpectation(Type type) throws Exception {
        assertEquals(7.0, meanDegree(build(spec(type, 7), SEGMENT, 4)), 0.1);
    }

    @Test
    void scaleFreeRoundsHalfDegreeToM() throws Exception {
        assertEquals(8.0, meanDegree(build(spec(Type.SCALE_FREE, 7), SEGMENT, 4)), 0.1, "m = round(3.5) = 4");
        assertEquals(2.0, meanDegree(build(spec(Type.SCALE_FREE, 0.5), SEGMENT, 4)), 0.1, "m is at least 1");
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "SCALE_FREE", "HOMOPHILOUS_BLOCKS", "COMPLETE"})
    void strongShareMatchesSpec(Type type) throws Exception {
        byte[] segment = type == Type.COMPLETE ? GraphAssertions.segments(300, 5) : SEGMENT;
        for (double share : new double[] {0.0, 0.2, 1.0}) {
            Network spec = new Network(type, 10.0, 0.1, 0.7, share, null);
            assertEquals(share, strongShare(build(spec, segment, 5)), 0.01, type + " at " + share);
        }
    }

    @Test
    void blocksSameBandShareIsHomophilyPlusBaseRate() throws Exception {
        double base = baseRate(SEGMENT);
        for (double h : new double[] {0.0, 0.5, 0.9}) {
            Network spec = new Network(Type.HOMOPHILOUS_BLOCKS, 10.0, null, h, null, null);
            assertEquals(h + (1 - h) * base, sameBandShare(build(spec, SEGMENT, 6), SEGMENT), 0.01, "h=" + h);
        }
    }

    @Test
    void smallWorldRingKeepsBandsAndRewiringFollowsHomophily() throws Exception {
        double base = baseRate(SEGMENT);
        double rewire = 0.3;
        double h = 0.5;
        Network spec = new Network(Type.SMALL_WORLD, 10.0, rewire, h, null, null);
        double expected = (1 - rewire) + rewire * (h + (1 - h) * base);
        assertEquals(expected, sameBandShare(build(spec, SEGMENT, 8), SEGMENT), 0.01);
    }

    @Test
    void smallWorldWithoutRewiringIsTheRingLattice() throws Exception {
        byte[] segment = {1, 0, 1, 0, 2, 0};
        SocialGraph g = build(new Network(Type.SMALL_WORLD, 2.0, 0.0, 0.7, 0.0, null), segment, 9);
        // Ring order by band, stable: 1 3 5 | 0 2 | 4, closing back to 1.
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10, 12}, g.offsetArray());
        assertArrayEquals(new int[] {2, 5, 3, 4, 0, 4, 1, 5, 1, 2, 0, 3}, g.neighbourArray());
        for (int n = 2; n <= 5; n++) {
            SocialGraph dense = build(new Network(Type.SMALL_WORLD, 10.0, 0.0, 0.7, 0.0, null), new byte[n], 9);
            assertEquals(n * (n - 1) / 2, dense.edgeCount(), "a lattice wider than the ring is complete, n=" + n);
        }
    }

    @Test
    void scaleFreeHomophilyByRejection() throws Exception {
        double base = baseRate(SEGMENT);
        Network spec = new Network(Type.SCALE_FREE, 10.0, null, 0.7, null, null);
        assertEquals(0.7 + 0.3 * base, sameBandShare(build(spec, SEGMENT, 10), SEGMENT), 0.03);
    }

    @Test
    void scaleFreeHasHeavyTailAndBlocksDoNot() throws Exception {
        SocialGraph sf = build(spec(Type.SCALE_FREE, 10), SEGMENT, 11);
        SocialGraph blocks = build(spec(Type.HOMOPHILOUS_BLOCKS, 10), SEGMENT, 11);
        assertTrue(maxDegree(sf) > 20 * meanDegree(sf), "BA max degree ~ m*sqrt(n): " + maxDegree(sf));
        assertTrue(maxDegree(blocks) < 4 * meanDegree(blocks), "Poisson-like: " + maxDegree(blocks));
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "SCALE_FREE", "HOMOPHILOUS_BLOCKS", "COMPLETE"})
    void sameSeedGivesIdenticalArrays(Type type) throws Exception {
        byte[] segment = GraphAssertions.segments(2000, 12);
        SocialGraph a = build(spec(type, 10), segment, 42);
        SocialGraph b = build(spec(type, 10), segment, 42);
        SocialGraph c = build(spec(type, 10), segment, 43);
        assertArrayEquals(a.offsetArray(), b.offsetArray());
        assertArrayEquals(a.neighbourArray(), b.neighbourArray());
        assertArrayEquals(a.typeArray(), b.typeArray());
        assertFalse(Arrays.equals(a.typeArray(), c.typeArray()), "another seed gives another graph");
    }

    @Test
    void completeGraphHasAllPairs() throws Exception {
        byte[] segment = GraphAssertions.segments(40, 13);
        SocialGraph g = build(spec(Type.COMPLETE, 0), segment, 13);
        assertCsrInvariants(g);
        assertEquals(40 * 39 / 2, g.edgeCount());
        for (int i = 0; i < 40; i++) {
            assertEquals(39, g.degree(i));
        }
    }

    @Test
    void noneHasNoTies() throws Exception {
        SocialGraph g = build(spec(Type.NONE, 10), SEGMENT, 14);
        assertEquals(N, g.size());
        assertEquals(0, g.edgeCount());
        assertTrue(g.addWeakTie(0, 1), "dynamic ties still work");
    }

    @Test
    void tinyPopulationsDoNotFail() throws Exception {
        for (Type type : new Type[] {Type.SMALL_WORLD, Type.SCALE_FREE, Type.HOMOPHILOUS_BLOCKS, Type.COMPLETE}) {
            for (int n = 0; n <= 3; n++) {
                SocialGraph g = build(spec(type, 10), new byte[n], 15);
                assertEquals(n, g.size());
                if (n > 0) {
                    assertCsrInvariants(g);
                }
            }
        }
    }

    @Test
    void parametersOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> build(new Network(Type.SMALL_WORLD, -1.0, null, null, null, null), SEGMENT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> build(new Network(Type.SMALL_WORLD, null, 1.5, null, null, null), SEGMENT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> build(new Network(Type.SMALL_WORLD, null, null, Double.NaN, null, null), SEGMENT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> build(new Network(Type.SMALL_WORLD, null, null, null, -0.1, null), SEGMENT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> build(new Network(Type.EDGE_LIST, null, null, null, null, null), SEGMENT, 1));
        assertThrows(IllegalArgumentException.class,
                () -> build(spec(Type.SMALL_WORLD, 10), new byte[] {0, -1}, 1));
    }

    @ParameterizedTest
    @EnumSource(value = Type.class, names = {"SMALL_WORLD", "SCALE_FREE", "HOMOPHILOUS_BLOCKS"})
    void buildsTwoHundredThousandConsumers(Type type) throws Exception {
        byte[] segment = GraphAssertions.segments(200_000, 16);
        SocialGraph g = build(spec(type, 10), segment, 16);
        assertCsrInvariants(g);
        assertEquals(10.0, meanDegree(g), 0.1);
    }
}
