package shequn.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.engine.WorldBuilder;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/**
 * Group-born ties close triangles: consumer 0's only friend is 1, whose friends are 0 and 2; 0 and 2 are in
 * the same group (1 is not). A chat with a new member that looks among friends of friends finds 2 when the
 * friend's random tie is 2 (half the time) and nobody when it is 0 itself.
 */
class TriadicClosureTest {
    @TempDir
    Path dir;

    World world() throws Exception {
        Files.writeString(dir.resolve("edges.csv"), "a,b\n0,1\n1,2\n");
        String yaml = "population: {consumers: 12}\nnetwork: {type: edge-list, file: edges.csv}\n"
                + "behaviour: {co_member_tie_rate: 1}\ngroups: [{id: g, max_size: 12}]\n";
        World w = WorldBuilder.build(ScenarioLoader.parse(yaml, "t.yaml", dir, List.of()), 1, dir, new MersenneTwisterFast(2));
        while (w.groups[0].size > 0) {
            Membership.leave(w, 0, 0);
        }
        w.people.gone[0] = false;
        w.people.gone[2] = false;
        assertTrue(Membership.join(w, 0, 0));
        assertTrue(Membership.join(w, 2, 0));
        return w;
    }

    @Test
    void aFriendOfAFriendInTheGroupIsFoundAboutHalfTheTime() throws Exception {
        World w = world();
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        int found = 0;
        for (int k = 0; k < 1000; k++) {
            int x = GroupLife.friendOfFriend(w, w.groups[0], 0, rng);
            assertTrue(x == 2 || x == -1, "got " + x);
            found += x == 2 ? 1 : 0;
        }
        assertEquals(0.5, found / 1000.0, 0.05); // sd of the share ≈ 0.016
    }

    @Test
    void nobodyWhenTheFriendOfAFriendIsOutsideTheGroupOrAlreadyKnown() throws Exception {
        World w = world();
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        w.ties.addWeakTie(0, 2); // now 0 knows 2 already
        for (int k = 0; k < 200; k++) {
            assertEquals(-1, GroupLife.friendOfFriend(w, w.groups[0], 0, rng));
        }
    }

    @Test
    void aChatWithANewMemberGoesToTheFriendOfAFriendMostOftenWithClosureOn() throws Exception {
        // eleven members (0, 2 and 3..11). Without closure 0's first new tie is with 2 one time in ten (a chat
        // that draws 0 itself is no chat). With closure 1 a chat goes to 2 through friend 1 half the time and
        // otherwise to a random member: (0.5 + 0.5 / 11) / (1 − 0.5 / 11) ≈ 0.571. 150 trials: sd ≤ 0.04
        assertEquals(0.1, shareOfFirstTiesWith2(0.0), 0.07);
        assertEquals((0.5 + 0.5 / 11) / (1 - 0.5 / 11), shareOfFirstTiesWith2(1.0), 0.1);
    }

    private double shareOfFirstTiesWith2(double closure) throws Exception {
        int with2 = 0;
        int trials = 150;
        for (int t = 0; t < trials; t++) {
            World w = world();
            for (int i = 3; i < 12; i++) {
                w.people.gone[i] = false;
                Membership.join(w, i, 0);
            }
            MersenneTwisterFast rng = new MersenneTwisterFast(100 + t);
            while (w.ties.extraCount(0) == 0) {
                GroupLife.chat(w, w.groups[0], 0, rng, 0, closure); // member slot 0 is consumer 0
            }
            with2 += w.ties.extraNeighbour(0, 0) == 2 ? 1 : 0;
        }
        return with2 / (double) trials;
    }
}
