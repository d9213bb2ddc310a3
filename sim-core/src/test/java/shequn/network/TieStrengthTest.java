package shequn.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import shequn.scenario.Network;

/** Strong ties where the two ends share friends, weak ties where they bridge circles (Onnela et al. 2007). */
class TieStrengthTest {

    @Test
    void overlapIsSharedFriendsOverAllOtherFriends() {
        SocialGraph g = SeedRulesTest.graph();
        assertEquals(1.0, TieStrength.overlap(g, 0, 1), 1e-12); // share 2, 3, 4 and 9: 4 of 4
        assertEquals(0.75, TieStrength.overlap(g, 0, 2), 1e-12); // share 1, 3, 4 of 0's 4 others and 2's 3
        assertEquals(1 / 6.0, TieStrength.overlap(g, 9, 0), 1e-12); // share 1 only
    }

    @Test
    void theBrokersTiesAreTheWeakOnes() {
        SocialGraph g = SeedRulesTest.graph();
        TieStrength.byOverlap(g, 0.8, new MersenneTwisterFast(1)); // 16 of 20 ties strong
        int strong = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                boolean bridge = i == 9 || g.neighbour(k) == 9;
                assertEquals(bridge ? SocialGraph.WEAK : SocialGraph.STRONG, g.type(k), i + "-" + g.neighbour(k));
                strong += g.type(k) == SocialGraph.STRONG ? 1 : 0;
            }
        }
        assertEquals(32, strong); // 16 ties, both directions
        GraphAssertions.assertCsrInvariants(g);
    }

    @Test
    void aGeneratedSmallWorldHasExactlyTheStrongShareAndStrongerTiesOverlapMore() {
        Network structure = new Network(Network.Type.SMALL_WORLD, 10.0, 0.1, 0.7, 0.2, null);
        Network random = new Network(Network.Type.SMALL_WORLD, 10.0, 0.1, 0.7, 0.2, null, null, null, null, null,
                Network.TieStrength.RANDOM);
        byte[] segment = new byte[3000];
        double[] byStructure = overlapByType(build(structure, segment));
        double[] byChance = overlapByType(build(random, segment));
        assertEquals(0.2, byStructure[2], 1e-3);
        assertTrue(byStructure[1] > 2 * byStructure[0], "strong " + byStructure[1] + " vs weak " + byStructure[0]);
        assertEquals(1.0, byChance[1] / byChance[0], 0.15); // drawn at random: no difference
    }

    @Test
    void inAStructuralSmallWorldRemovingWeakTiesFirstFragmentsFaster() {
        SocialGraph g = build(new Network(Network.Type.SMALL_WORLD, 10.0, 0.1, 0.7, 0.2, null), new byte[3000]);
        double weakFirst = NetworkStats.area(NetworkStats.removalCurve(g, true, 9, 100));
        double strongFirst = NetworkStats.area(NetworkStats.removalCurve(g, false, 9, 100));
        assertTrue(weakFirst < strongFirst - 0.05, "weak first " + weakFirst + " vs strong first " + strongFirst);
    }

    static SocialGraph build(Network spec, byte[] segment) {
        try {
            return NetworkBuilder.build(spec, segment, new MersenneTwisterFast(5), null);
        } catch (NetworkInputException e) {
            throw new AssertionError(e);
        }
    }

    /** Mean overlap of weak ties, of strong ties, and the strong share. */
    static double[] overlapByType(SocialGraph g) {
        double[] sum = new double[2];
        long[] count = new long[2];
        for (int i = 0; i < g.size(); i++) {
            for (int k = g.start(i); k < g.end(i); k++) {
                int t = g.type(k) == SocialGraph.STRONG ? 1 : 0;
                sum[t] += TieStrength.overlap(g, i, g.neighbour(k));
                count[t]++;
            }
        }
        return new double[] {sum[0] / count[0], sum[1] / count[1], (double) count[1] / (count[0] + count[1])};
    }
}
