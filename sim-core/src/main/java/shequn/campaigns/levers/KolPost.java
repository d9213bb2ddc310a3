package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.kols.KolState;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Kol;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, KOL激活: a KOL posts to the store's groups and to their followers; followers who open it
 * warm to the store and some come to see. Each post costs the KOL's {@code cost_per_post}.
 */
public record KolPost() implements Lever {
    static final About ABOUT = new About("kol_post", Step.ACTIVATE, 7, "the KOL's cost_per_post",
            Intensity.FREQUENCY, Response.class);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.needsKol();
    }

    @Override
    public void fire(World w, int c) {
        Response p = w.scenario.levers().of(Response.class);
        KolState kol = Reach.hire(w, c, Kol::costPerPost, p.wearOut());
        if (kol == null) {
            return;
        }
        for (GroupState g : w.groups) {
            if (g.size > 0 && Reach.targets(w, w.plan.get(c), g)) {
                g.pushesToday++; // the post is shared into the store's groups too: one more message
            }
        }
        MersenneTwisterFast rng = w.rng;
        double visit = p.visit() * kol.spec.credibility() * kol.freshness();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < p.open()) {
                Reach.kolContact(w, kol, i, kol.freshness(), p.share());
                if (rng.nextDouble() < visit * kol.fit(w.people, i)) {
                    w.trigger(i);
                }
            }
        }
    }

    /**
     * Followers tire of a KOL who posts often: the response to one post is divided by
     * {@code 1 + posts in the last 30 days / wear_out}.
     *
     * @param open    share of followers who open a post
     * @param visit   chance an opener comes to the store, times the KOL's credibility and fit
     * @param wearOut posts per 30 days at which a post's pull has halved
     * @param share   how many times their usual share propensity a follower who opens a post passes it on
     */
    public record Response(Double open, Double visit, Double wearOut, Double share) implements LeverResponse {
        public Response {
            open = open == null ? 0.6 : open;
            visit = visit == null ? 0.08 : visit;
            wearOut = wearOut == null ? 4.0 : wearOut;
            share = share == null ? 1.0 : share;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "open", open);
            c.atLeast(at + "visit", visit, 0);
            c.positive(at + "wear_out", wearOut);
            c.atLeast(at + "share", share, 0);
        }
    }
}
