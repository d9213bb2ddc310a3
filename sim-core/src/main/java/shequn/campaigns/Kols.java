package shequn.campaigns;

import ec.util.MersenneTwisterFast;
import shequn.groups.GroupState;
import shequn.kols.KolState;
import shequn.scenario.Campaign;
import shequn.scenario.LeverResponses;
import shequn.world.World;

/** KOL activation (seed 001, KOL激活) and livestream selling. */
final class Kols {
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
        LeverResponses.KolPost p = w.scenario.levers().kolPost();
        kol.appear(w.day, p.wearOut());
        for (GroupState g : w.groups) {
            if (g.size > 0 && Levers.targets(w, w.plan.get(c), g)) {
                g.pushesToday++; // the post is shared into the store's groups too: one more message
            }
        }
        MersenneTwisterFast rng = w.rng;
        double visit = p.visit() * kol.spec.credibility() * kol.freshness();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < p.open()) {
                Levers.kolContact(w, kol, i, kol.freshness());
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
        LeverResponses.Livestream p = w.scenario.levers().livestream();
        kol.appear(w.day, p.wearOut());
        MersenneTwisterFast rng = w.rng;
        double watch = p.watch() * kol.spec.credibility() * kol.freshness();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < watch) {
                Levers.kolContact(w, kol, i, 2);
                w.triggerOnline(i);
            }
        }
    }
}
