package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, 内容激活: posts and short video — contact, engagement, and content people pass on.
 *
 * @param unitCost yuan per group per firing
 */
public record Content(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("content", Step.ACTIVATE, 7, "yuan per group per firing",
            Intensity.FREQUENCY, Response.class);

    public Content {
        unitCost = unitCost == null ? 80.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        Reach.postInGroups(w, c, unitCost, g -> post(w, g));
    }

    private static void post(World w, GroupState g) {
        Response p = w.scenario.levers().of(Response.class);
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Reach.forReaders(w, g, (k, i, r) -> {
            w.contact(i, p.gain() * r);
            Reach.boost(g, k, p.boost());
            if (rng.nextDouble() < p.share() * c.sharePropensity[i] * r) {
                w.sharersTomorrow.add(i);
            }
        });
    }

    /**
     * @param gain  tie strength a reader gains from one post
     * @param boost engagement a reader gains
     * @param share how many times their usual share propensity a reader passes the content on
     */
    public record Response(Double gain, Double boost, Double share) implements LeverResponse {
        public Response {
            gain = gain == null ? 0.024 : gain;
            boost = boost == null ? 0.03 : boost;
            share = share == null ? 2.0 : share;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "gain", gain, 0);
            c.share(at + "boost", boost);
            c.atLeast(at + "share", share, 0);
        }
    }
}
