package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shequn.network.SocialGraph.STRONG;
import static shequn.network.SocialGraph.WEAK;

import org.junit.jupiter.api.Test;

class SocialGraphTest {

    /** 0-1 strong (also given reversed as weak: strongest wins), 1-2 weak, 0-2 weak, 3-3 self-loop, 4 alone. */
    private static SocialGraph small() {
        return SocialGraph.fromEdges(
                new int[] {0, 2, 1, 3, 0},
                new int[] {1, 1, 0, 3, 2},
                new byte[] {STRONG, WEAK, WEAK, STRONG, WEAK}, 5);
    }

    @Test
    void handBuiltGraphHasExactArrays() {
        SocialGraph g = small();
        assertArrayEquals(new int[] {0, 2, 4, 6, 6, 6}, g.offsetArray());
        assertArrayEquals(new int[] {1, 2, 0, 2, 0, 1}, g.neighbourArray());
        assertArrayEquals(new byte[] {STRONG, WEAK, STRONG, WEAK, WEAK, WEAK}, g.typeArray());
        assertEquals(5, g.size());
        assertEquals(3, g.edgeCount());
        assertEquals(2, g.degree(1));
        assertEquals(0, g.degree(3));
        GraphAssertions.assertCsrInvariants(g);
    }

    @Test
    void onlyTheFirstMEdgesAreUsed() {
        SocialGraph g = SocialGraph.fromEdges(new int[] {0, 1, 9}, new int[] {1, 2, 9},
                new byte[] {WEAK, WEAK, 0}, 2, 3);
        assertArrayEquals(new int[] {1, 0, 2, 1}, g.neighbourArray());
        assertEquals(2, g.edgeCount());
    }

    @Test
    void emptyGraphs() {
        SocialGraph none = SocialGraph.fromEdges(new int[0], new int[0], new byte[0], 0);
        assertEquals(0, none.size());
        assertEquals(0, none.edgeCount());
        SocialGraph isolated = SocialGraph.fromEdges(new int[0], new int[0], new byte[0], 3);
        assertArrayEquals(new int[] {0, 0, 0, 0}, isolated.offsetArray());
    }

    @Test
    void badEdgesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromEdges(new int[] {0}, new int[] {3}, new byte[] {WEAK}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromEdges(new int[] {-1}, new int[] {0}, new byte[] {WEAK}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromEdges(new int[] {0}, new int[] {1}, new byte[] {3}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromEdges(new int[] {0}, new int[] {1}, new byte[] {WEAK}, 2, 3));
    }

    @Test
    void findReturnsSlotOrMinusOne() {
        SocialGraph g = small();
        assertEquals(0, g.find(0, 1));
        assertEquals(1, g.find(0, 2));
        assertEquals(5, g.find(2, 1));
        assertEquals(-1, g.find(0, 3));
        assertEquals(-1, g.find(3, 0));
        assertEquals(-1, g.find(0, 0));
    }

    @Test
    void interactUpgradesWeakStaticTieSymmetricallyAtThreshold() {
        SocialGraph g = small();
        assertFalse(g.interact(1, 2, 3));
        assertFalse(g.interact(2, 1, 3));
        assertEquals(2, g.contacts(g.find(1, 2)));
        assertEquals(2, g.contacts(g.find(2, 1)));
        assertEquals(WEAK, g.type(g.find(2, 1)));
        assertTrue(g.interact(1, 2, 3));
        assertEquals(STRONG, g.type(g.find(1, 2)));
        assertEquals(STRONG, g.type(g.find(2, 1)));
        assertFalse(g.interact(1, 2, 3), "already strong: no second upgrade");
        assertEquals(4, g.contacts(g.find(2, 1)));
        GraphAssertions.assertCsrInvariants(g);
    }

    @Test
    void interactWithoutTieChangesNothing() {
        SocialGraph g = small();
        assertFalse(g.interact(0, 4, 1));
        assertFalse(g.interact(3, 3, 1));
        for (int k = 0; k < g.end(4); k++) {
            assertEquals(0, g.contacts(k));
        }
    }

    @Test
    void contactCounterSaturates() {
        SocialGraph g = SocialGraph.fromEdges(new int[] {0}, new int[] {1}, new byte[] {WEAK}, 2);
        for (int c = 0; c < Short.MAX_VALUE + 10; c++) {
            g.interact(0, 1, Integer.MAX_VALUE);
        }
        assertEquals(Short.MAX_VALUE, g.contacts(0));
        assertEquals(Short.MAX_VALUE, g.contacts(1));
        assertEquals(WEAK, g.type(0));
    }

    @Test
    void addWeakTieIsSymmetricAndIterable() {
        SocialGraph g = small();
        assertTrue(g.addWeakTie(3, 4));
        assertEquals(1, g.extraCount(3));
        assertEquals(1, g.extraCount(4));
        assertEquals(4, g.extraNeighbour(3, 0));
        assertEquals(3, g.extraNeighbour(4, 0));
        assertEquals(WEAK, g.extraType(3, 0));
        assertEquals(WEAK, g.tieType(4, 3));
        assertEquals(STRONG, g.tieType(0, 1));
        assertEquals(0, g.tieType(0, 4));
        assertEquals(1, g.extraEdgeCount());
        assertEquals(3, g.edgeCount(), "static edges unchanged");
    }

    @Test
    void addWeakTieRefusesSelfDuplicatesAndExistingTies() {
        SocialGraph g = small();
        assertFalse(g.addWeakTie(2, 2));
        assertFalse(g.addWeakTie(0, 1), "static tie exists");
        assertFalse(g.addWeakTie(1, 0), "static tie exists, other order");
        assertTrue(g.addWeakTie(0, 4));
        assertFalse(g.addWeakTie(0, 4), "dynamic tie exists");
        assertFalse(g.addWeakTie(4, 0), "dynamic tie exists, other order");
        assertEquals(1, g.extraCount(0));
        assertEquals(1, g.extraEdgeCount());
    }

    @Test
    void addWeakTieRefusesWhenEitherSideIsFull() {
        int n = SocialGraph.EXTRA_SLOTS + 3;
        SocialGraph g = SocialGraph.fromEdges(new int[0], new int[0], new byte[0], n);
        for (int j = 1; j <= SocialGraph.EXTRA_SLOTS; j++) {
            assertTrue(g.addWeakTie(0, j));
        }
        assertFalse(g.addWeakTie(0, n - 1), "0 is full");
        assertFalse(g.addWeakTie(n - 1, 0), "0 is full, other order");
        assertEquals(0, g.extraCount(n - 1), "a refused tie leaves no half behind");
        assertTrue(g.addWeakTie(1, n - 1));
        assertEquals(SocialGraph.EXTRA_SLOTS, g.extraCount(0));
        for (int j = 0; j < SocialGraph.EXTRA_SLOTS; j++) {
            assertEquals(j + 1, g.extraNeighbour(0, j));
        }
    }

    @Test
    void interactUpgradesDynamicTieSymmetrically() {
        SocialGraph g = small();
        g.addWeakTie(4, 1);
        g.addWeakTie(4, 3);
        assertFalse(g.interact(3, 4, 2));
        assertEquals(1, g.extraContacts(4, 1));
        assertEquals(1, g.extraContacts(3, 0));
        assertTrue(g.interact(4, 3, 2));
        assertEquals(STRONG, g.extraType(4, 1));
        assertEquals(STRONG, g.extraType(3, 0));
        assertEquals(WEAK, g.extraType(4, 0), "other dynamic tie untouched");
        assertEquals(0, g.extraContacts(1, 0));
    }

    @Test
    void memoryEstimateCountsArrays() {
        SocialGraph g = small();
        long expected = 4L * 6 + 6L * 7 + 5L * SocialGraph.EXTRA_SLOTS * 7 + 5;
        assertEquals(expected, g.memoryBytes());
    }
}
