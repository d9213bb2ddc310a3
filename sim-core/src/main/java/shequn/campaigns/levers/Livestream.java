package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.kols.KolState;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Kol;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.World;

/**
 * Selling: a KOL livestream; viewers warm to the store and shop online while it runs. Each costs the
 * KOL's {@code cost_per_livestream}.
 */
public record Livestream() implements Lever {
    static final About ABOUT = new About("livestream", Step.SELL, 30, "the KOL's cost_per_livestream",
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
        KolState kol = Reach.hire(w, c, Kol::costPerLivestream, p.wearOut());
        if (kol == null) {
            return;
        }
        MersenneTwisterFast rng = w.rng;
        double watch = p.watch() * kol.spec.credibility() * kol.freshness();
        for (int i : kol.followers) {
            if (!w.people.gone[i] && rng.nextDouble() < watch) {
                Reach.kolContact(w, kol, i, 2, p.share());
                w.triggerOnline(i);
            }
        }
    }

    /**
     * @param watch   share of followers (times credibility) who watch
     * @param wearOut livestreams per 30 days at which the audience has halved
     * @param share   how many times their usual share propensity a viewer passes the livestream on
     */
    public record Response(Double watch, Double wearOut, Double share) implements LeverResponse {
        public Response {
            watch = watch == null ? 0.25 : watch;
            wearOut = wearOut == null ? 2.0 : wearOut;
            share = share == null ? 1.0 : share;
        }

        @Override
        public void check(Checks c, String at) {
            c.share(at + "watch", watch);
            c.positive(at + "wear_out", wearOut);
            c.atLeast(at + "share", share, 0);
        }
    }
}
