package shequn.campaigns.levers;

import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.world.World;

/**
 * Scratch lever: a leaflet drop; a share of the consumers near each targeted store hear of it.
 *
 * @param reach    share of a store's consumers who read the leaflet
 * @param unitCost yuan per drop
 */
public record Flyer(Double reach, Double unitCost) implements Lever {
    static final About ABOUT = new About("flyer", Step.BUILD, 30, "yuan per drop", new Intensity("reach", Scale.SHARE),
            Response.class);

    public Flyer {
        reach = reach == null ? 0.05 : reach;
        unitCost = unitCost == null ? 300.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.share("reach", reach);
        c.atLeast("unit_cost", unitCost, 0);
    }

    @Override
    public void fire(World w, int c) {
        for (var s : w.stores) {
            if (Reach.targets(w.plan.get(c), s) && w.plan.pay(c, unitCost)) {
                for (int i = 0; i < w.people.n; i++) {
                    if (w.people.store[i] == s.index && w.rng.nextDouble() < reach) {
                        w.people.everAware[i] = true;
                        w.contact(i, w.scenario.levers().of(Response.class).gain());
                    }
                }
            }
        }
    }

    /** @param gain tie strength a reader of the leaflet gains */
    public record Response(Double gain) implements LeverResponse {
        public Response {
            gain = gain == null ? 0.01 : gain;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "gain", gain, 0);
        }
    }
}
