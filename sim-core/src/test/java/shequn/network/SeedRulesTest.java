package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Seed rules on a hand-built graph: two tight circles — a 5-clique {0..4} and a 4-clique {5..8} — and a
 * broker 9 tied to two members of each, so that the hubs of the cliques have the most ties and the broker
 * the most non-redundant ones.
 */
class SeedRulesTest {
    static final int[][] EDGES = {
            {0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4},
            {5, 6}, {5, 7}, {5, 8}, {6, 7}, {6, 8}, {7, 8},
            {9, 0}, {9, 1}, {9, 5}, {9, 6}};
    static final int[] ALL = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    static SocialGraph graph() {
        int m = EDGES.length;
        int[] a = new int[m];
        int[] b = new int[m];
        byte[] t = new byte[m];
        for (int e = 0; e < m; e++) {
            a[e] = EDGES[e][0];
            b[e] = EDGES[e][1];
            t[e] = SocialGraph.WEAK;
        }
        return SocialGraph.fromEdges(a, b, t, 10);
    }

    @Test
    void degreePicksTheMostConnectedLowestIndexFirst() {
        // degrees: 0,1: 5; 2,3,4: 4; 5,6: 4; 7,8: 3; 9: 4
        assertArrayEquals(new int[] {0, 1, 2}, SeedRules.byDegree(graph(), ALL, 3));
    }

    @Test
    void effectiveSizeIsDegreeLessRedundancy() {
        SocialGraph g = graph();
        // 0's ties: 1,2,3,4 (all tied to each other: 6 pairs) and 9 (tied to 1): t = 7, 5 − 14/5
        assertEquals(5 - 14.0 / 5, SeedRules.effectiveSize(g, 0), 1e-12);
        // the broker: 0–1 and 5–6 know each other, t = 2: 4 − 4/4
        assertEquals(3.0, SeedRules.effectiveSize(g, 9), 1e-12);
        // a member of the 4-clique without outside ties: 3 ties all tied, t = 3: 3 − 2
        assertEquals(1.0, SeedRules.effectiveSize(g, 7), 1e-12);
    }

    @Test
    void bridgingPicksTheBrokerFirst() {
        assertEquals(9, SeedRules.byBridging(graph(), ALL, 1)[0]);
    }

    @Test
    void degreeDiscountSpreadsSeedsAcrossCircles() {
        // plain degree puts the first two seeds in the same clique (0 and 1). Degree discount lowers 0's
        // neighbours once 0 is chosen — 1 to 5 − 2 − 4 × 1 × 0.1 = 2.6, 2, 3, 4 and the broker 9 to
        // 4 − 2 − 3 × 0.1 = 1.7 — and picks 5, the lowest index among the undiscounted degree-4 nodes of the
        // other circle
        assertArrayEquals(new int[] {0, 5}, SeedRules.degreeDiscount(graph(), ALL, 2, 0.1));
        assertArrayEquals(new int[] {0, 1}, SeedRules.byDegree(graph(), ALL, 2));
    }

    @Test
    void rulesChooseOnlyAmongCandidatesAndNeverMoreThanThere() {
        int[] few = {7, 8};
        assertArrayEquals(new int[] {7, 8}, SeedRules.byDegree(graph(), few, 5));
        assertArrayEquals(new int[] {7, 8}, SeedRules.degreeDiscount(graph(), few, 5, 0.1));
        assertEquals(0, SeedRules.byBridging(graph(), new int[0], 3).length);
    }

    @Test
    void celfCoversTheMostPeopleWithSureWordAndNoRetelling() {
        // a seed's word reaches all its ties, nobody retells: spread is the seed's neighbourhood. First 0
        // ({0,1,2,3,4,9}: 6); then 5 and 6 add {5,6,7,8} (4) and the broker only {5,6} (2): 5, the lower index
        Celf celf = new Celf(graph(), Celf.byType(1, 1), Celf.byType(0, 0), 0, 3, 11);
        assertEquals(6.0, celf.gain(0), 1e-12);
        assertArrayEquals(new int[] {0, 5}, celf.choose(ALL, 2));
        assertEquals(0.0, celf.gain(9), 1e-12); // all of 9's neighbourhood is covered now
    }

    @Test
    void celfEstimatesSpreadOnSampledWorlds() {
        // a seed's tie passes with chance 0.5, nobody retells: spread of 0 is 1 + 5 × 0.5 = 3.5 on average
        Celf celf = new Celf(graph(), Celf.byType(0.5, 0.5), Celf.byType(0, 0), 0, 4000, 3);
        assertEquals(3.5, celf.gain(0), 0.06); // sd of the mean ≈ 1.1 / √4000 ≈ 0.018
        // everyone retells with sure ties: the whole connected graph from any seed
        Celf all = new Celf(graph(), Celf.byType(1, 1), Celf.byType(1, 1), 1, 2, 3);
        assertEquals(10.0, all.gain(7), 1e-12);
    }
}
