package shequn.wom;

import shequn.world.IntList;
import shequn.world.World;

/** Opens the word-of-mouth phase's steps to tests in other packages. */
public final class WordOfMouthProbe {
    private WordOfMouthProbe() {
    }

    public static void addSeedTalkers(World w, IntList talking) {
        WordOfMouth.addSeedTalkers(w, talking);
    }
}
