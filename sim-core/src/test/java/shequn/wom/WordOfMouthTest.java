package shequn.wom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.engine.WorldBuilder;
import shequn.network.SocialGraph;
import shequn.scenario.ScenarioLoader;
import shequn.world.IntList;
import shequn.world.World;

/**
 * The word-of-mouth kernel finds the ties told by geometric skips (one draw per tie told, not one per
 * tie) and thins them by type. The law must be the per-tie coin's: on a star whose centre has 60
 * strong and 140 weak ties, each strong tie is told with wom_strong and each weak one with wom_weak,
 * independently — checked on the counts over many tellings, and on how often a tie and its neighbour
 * slot are told together.
 */
class WordOfMouthTest {
    @TempDir
    Path dir;

    private World star(String behaviour) throws Exception {
        StringBuilder edges = new StringBuilder("a,b,type\n");
        for (int t = 1; t <= 200; t++) {
            edges.append("0,").append(t).append(t <= 60 ? ",strong\n" : ",weak\n");
        }
        Files.writeString(dir.resolve("edges.csv"), edges);
        String yaml = "population: {consumers: 201, aware: 0}\nnetwork: {type: edge-list, file: edges.csv}\n"
                + "behaviour: " + behaviour + "\n";
        return WorldBuilder.build(ScenarioLoader.parse(yaml, "t.yaml", dir, List.of()), 1, dir, new MersenneTwisterFast(3));
    }

    @Test
    void eachTieIsToldWithItsTypesChanceIndependently() throws Exception {
        double strong = 0.15;
        double weak = 0.06;
        World w = star("{wom_strong: " + strong + ", wom_weak: " + weak + ", exposure_visit: 0, share_on_hearing: 0}");
        WordOfMouth.Rates r = new WordOfMouth.Rates(w.behaviour);
        SocialGraph g = w.ties;
        int rounds = 20_000;
        long toldStrong = 0;
        long toldWeak = 0;
        long bothFirstTwo = 0;
        for (int k = 0; k < rounds; k++) {
            java.util.Arrays.fill(w.people.gain, 0f);
            WordOfMouth.share(w, 0, r);
            for (int e = g.start(0); e < g.end(0); e++) {
                boolean told = w.people.gain[g.neighbour(e)] > 0;
                if (g.type(e) == SocialGraph.STRONG) {
                    toldStrong += told ? 1 : 0;
                } else {
                    toldWeak += told ? 1 : 0;
                }
            }
            bothFirstTwo += w.people.gain[1] > 0 && w.people.gain[2] > 0 ? 1 : 0;
        }
        double nStrong = 60.0 * rounds;
        double nWeak = 140.0 * rounds;
        assertEquals(strong, toldStrong / nStrong, 4 * Math.sqrt(strong * (1 - strong) / nStrong));
        assertEquals(weak, toldWeak / nWeak, 4 * Math.sqrt(weak * (1 - weak) / nWeak));
        double both = strong * strong;
        assertEquals(both, bothFirstTwo / (double) rounds, 4 * Math.sqrt(both * (1 - both) / rounds),
                "neighbouring ties told independently");
    }

    @Test
    void everyoneTalksAtTalkRateOneAndNobodyUnawareDoes() throws Exception {
        World w = star("{talk_rate: 1}");
        for (int i = 0; i < 201; i += 2) {
            w.makeAware(i);
        }
        IntList talking = new IntList();
        WordOfMouth.addTalkOfTheTown(w, talking, 1.0);
        assertEquals(101, talking.size());
        for (int k = 0; k < talking.size(); k++) {
            assertEquals(2 * k, talking.get(k));
        }
    }

    @Test
    void outsideDiscoveryReachesTheUnawareAtItsRate() throws Exception {
        World w = star("{discovery: 0.1}");
        long found = 0;
        int rounds = 2_000;
        for (int k = 0; k < rounds; k++) {
            java.util.Arrays.fill(w.people.everAware, false);
            w.today.newlyAware = 0;
            WordOfMouth.discover(w, 0.1);
            found += w.today.newlyAware;
        }
        double n = 201.0 * rounds;
        assertTrue(Math.abs(found / n - 0.1) < 4 * Math.sqrt(0.1 * 0.9 / n), "discovery share " + found / n);
    }
}
