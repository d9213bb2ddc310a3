package shequn.campaigns;

import shequn.campaigns.levers.Lever;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Phase 1: the campaigns that fire today act — group building, the seven activation levers of
 * seed 001, coupons, livestreams, share incentives and pruning. What each does, and what it costs,
 * is its lever's own ({@link shequn.campaigns.levers.Lever#fire}); each pays from its budget first,
 * and a lever that cannot pay does not act. Effects are contacts (tie strength), engagement, visits
 * prompted for phase 4, and switches on the store that phase 4 reads (QR code, staff, mini-program).
 */
public final class Levers {
    private Levers() {
    }

    public static void step(World w) {
        for (StoreState s : w.stores) {
            s.resetDay();
        }
        for (int c = 0; c < w.plan.size(); c++) {
            if (w.plan.get(c).firesOn(w.day, w.days)) {
                ((Lever) w.plan.get(c).lever()).fire(w, c);
            }
        }
    }
}
