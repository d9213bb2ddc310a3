package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * Activation, 商品激活: a new, unusual item (新奇特) — members come to see it, buy a bit more, and many
 * make it their pick. The store pushes the same item in all its groups, which is how hits are made (打造爆品).
 *
 * @param unitCost yuan per group per firing
 */
public record Product(Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("product", Step.ACTIVATE, 14, "yuan per group per firing",
            Intensity.FREQUENCY, Response.class);

    public Product {
        unitCost = unitCost == null ? 150.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void fire(World w, int c) {
        Reach.postInGroups(w, c, unitCost, g -> push(w, g));
    }

    private static void push(World w, GroupState g) {
        Response p = w.scenario.levers().of(Response.class);
        MersenneTwisterFast rng = w.rng;
        g.productUntil = w.day + p.days();
        g.hero = w.stores[g.store].heroOf(w.day, rng);
        Reach.forReaders(w, g, (k, i, r) -> {
            w.contact(i, p.gain() * r);
            if (rng.nextDouble() < p.visit() * r) {
                w.trigger(i);
            }
        });
    }

    /**
     * @param gain         tie strength a reader gains from one push
     * @param visit        chance a reader comes to see the item, times relevance
     * @param days         days the item stays in front of members
     * @param basketUplift extra basket while the push lasts (new items added)
     */
    public record Response(Double gain, Double visit, Integer days, Double basketUplift) implements LeverResponse {
        public Response {
            gain = gain == null ? 0.024 : gain;
            visit = visit == null ? 0.12 : visit;
            days = days == null ? 7 : days;
            basketUplift = basketUplift == null ? 0.15 : basketUplift;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "gain", gain, 0);
            c.share(at + "visit", visit);
            c.atLeast(at + "days", days, 1);
            c.atLeast(at + "basket_uplift", basketUplift, 0);
        }
    }
}
