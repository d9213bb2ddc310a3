package shequn.kols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Interest;
import shequn.scenario.Kol;

/** A local KOL is a consumer of the network — the best-connected who shares the topic — and their friends follow first. */
class KolInNetworkTest {

    /** 8 consumers: 2 has four ties (3, 4, 5, 6), 7 has five but does not care for food; 0 and 1 are isolated. */
    static SocialGraph graph() {
        int[] a = {2, 2, 2, 2, 7, 7, 7, 7, 7};
        int[] b = {3, 4, 5, 6, 0, 1, 3, 4, 5};
        byte[] t = new byte[a.length];
        Arrays.fill(t, SocialGraph.WEAK);
        return SocialGraph.fromEdges(a, b, t, 8);
    }

    static Consumers people() {
        Consumers c = new Consumers(8);
        for (int i = 0; i < 8; i++) {
            c.interests[i] = i == 7 ? Interest.DANCE.bit() : Interest.FOOD.bit();
        }
        return c;
    }

    @Test
    void theKolIsTheBestConnectedConsumerWhoSharesTheTopicAndTheirFriendsFollowFirst() {
        Consumers c = people();
        Kol spec = new Kol("chef", Kol.Kind.LOCAL, null, 5, null, Interest.FOOD, null, null, null);
        KolState kol = new KolState(0, spec, 0, c, graph(), new MersenneTwisterFast(3));
        assertEquals(2, kol.person);
        assertEquals(5, kol.followers.length);
        // the KOL's four friends, in order, then one more from the catchment; never the KOL themself
        assertEquals(java.util.List.of(3, 4, 5, 6), Arrays.stream(kol.followers).limit(4).boxed().toList());
        assertTrue(Arrays.stream(kol.followers).noneMatch(f -> f == 2));
        assertEquals(0, c.follows[2]);
    }

    @Test
    void anOnlineKolIsOutsideTheNetwork() {
        Kol spec = new Kol("star", Kol.Kind.ONLINE, null, 3, null, Interest.FOOD, null, null, null);
        KolState kol = new KolState(0, spec, 0, people(), graph(), new MersenneTwisterFast(3));
        assertEquals(-1, kol.person);
        assertEquals(3, kol.followers.length);
    }

    @Test
    void followingDoesNotPutAConsumerOnTheWeakRung() {
        Consumers c = people();
        c.follows[4] = 1;
        assertFalse(c.linked(4));
    }
}
