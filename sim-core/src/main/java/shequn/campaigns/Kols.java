package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.kols.KolState;
import shequn.scenario.Campaign;
import shequn.world.World;

/** KOL activation (seed 001, KOL激活) and livestream selling. */
final class Kols {
    /** Share of followers who open a post. */
    static final double POST_OPEN = 0.6;
    /** Share of followers (times credibility) who watch a livestream. */
    static final double LIVESTREAM_WATCH = 0.25;

    private Kols() {
    }

    static KolState kolOf(World w, Campaign campaign) {
        int k = campaign.kol() == null ? 0 : w.scenario.kolIndex(campaign.kol());
        return w.kols[k];
    }

    /** A post: followers who open it warm to the store and some come to see. */
    static void post(World w, int c) {
        KolState kol = kolOf(w, w.plan.get(c));
        if (!w.plan.pay(c, kol.spec.costPerPost())) {
            return;
        }
        MersenneTwisterFast rng = w.rng;
        double visit = 2 * w.behaviour.exposureVisit() * kol.spec.credibility();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < POST_OPEN) {
                Levers.kolContact(w, kol, i, 1);
                if (rng.nextDouble() < visit * kol.fit(w.people, i)) {
                    w.trigger(i);
                }
            }
        }
    }

    /** A livestream: viewers warm to the store and shop online while it runs. */
    static void livestream(World w, int c) {
        KolState kol = kolOf(w, w.plan.get(c));
        if (!w.plan.pay(c, kol.spec.costPerLivestream())) {
            return;
        }
        MersenneTwisterFast rng = w.rng;
        double watch = LIVESTREAM_WATCH * kol.spec.credibility();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < watch) {
                Levers.kolContact(w, kol, i, 2);
                w.triggerOnline(i);
            }
        }
    }
}
