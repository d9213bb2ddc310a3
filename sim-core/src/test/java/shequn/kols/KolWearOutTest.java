package shequn.kols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.scenario.Kol;

/** Followers tire of a KOL who appears often: freshness = 1 / (1 + recent appearances / wear_out). */
class KolWearOutTest {

    @Test
    void firstAppearanceIsFreshAndRepeatsWearOut() throws Exception {
        KolState kol = kolWithoutFollowers();
        kol.appear(0, 4);
        assertEquals(1.0, kol.freshness(), 1e-12);
        kol.appear(0, 4); // same day: one appearance already in the tally
        assertEquals(1 / (1 + 1 / 4.0), kol.freshness(), 1e-12);
        kol.appear(30, 4); // a month later two appearances have decayed by e^-1
        assertEquals(1 / (1 + 2 * Math.exp(-1) / 4.0), kol.freshness(), 1e-12);
    }

    static KolState kolWithoutFollowers() {
        Kol spec = new Kol("k", null, null, 0, null, null, null, null, null);
        return new KolState(0, spec, 0, new shequn.population.Consumers(10),
                shequn.network.SocialGraph.fromEdges(new int[0], new int[0], new byte[0], 10), new ec.util.MersenneTwisterFast(1));
    }
}
