package shequn.campaigns.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.engine.WorldBuilder;
import shequn.kols.KolState;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/** A KOL's post starts one cascade: the KOL, the followers who first hear of the store from them, and those who pass it on. */
class KolCascadeTest {
    @TempDir
    Path dir;

    World world(double share) throws Exception {
        // a small network; nobody knows the store yet (aware: 0)
        Files.writeString(dir.resolve("edges.csv"), "a,b\n0,1\n0,2\n0,3\n0,4\n1,5\n");
        String yaml = "population: {consumers: 12, share_propensity: 0.5, aware: 0}\nnetwork: {type: edge-list, file: edges.csv}\n"
                + "kols: [{id: chef, followers: 4, interest: food}]\n"
                + "levers: {kol_post: {open: 1, visit: 0, share: " + share + "}}\n"
                + "campaigns: [{lever: kol_post}]\n";
        return WorldBuilder.build(ScenarioLoader.parse(yaml, "t.yaml", dir, List.of()), 1, dir, new MersenneTwisterFast(2));
    }

    @Test
    void followersWhoOpenJoinTheKolsCascadeAndPassItOn() throws Exception {
        World w = world(1000); // every opener passes it on (chance capped at 1)
        KolState kol = w.kols[0];
        assertTrue(kol.person >= 0); // a local KOL is one of the consumers
        new KolPost().fire(w, 0);
        int cascade = kol.cascade;
        assertEquals(0, w.cascadeSources.get(cascade)); // started by KOL 0
        // the KOL and their four followers, who all heard of the store from the KOL
        assertEquals(5, w.cascadeSizes.get(cascade));
        assertEquals(4, w.sharersTomorrow.size());
        for (int f : kol.followers) {
            assertEquals(cascade, w.people.cascade[f]);
            assertTrue(w.people.everAware[f]);
        }
    }

    @Test
    void withoutSharingFollowersStillHearButPassNothingOn() throws Exception {
        World w = world(0);
        new KolPost().fire(w, 0);
        assertEquals(0, w.sharersTomorrow.size());
        assertEquals(5, w.cascadeSizes.get(w.kols[0].cascade));
    }
}
