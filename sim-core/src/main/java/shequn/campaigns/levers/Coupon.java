package shequn.campaigns.levers;

import ec.util.MersenneTwisterFast;
import shequn.population.Consumers;
import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.scenario.LeverResponses;
import shequn.world.GroupState;
import shequn.world.World;

/**
 * A discount coupon pushed to every reader in the group; it prompts some visits. Nothing is paid when
 * it is pushed: shopping gives the discount, from the campaign's budget, on each redeemed purchase.
 *
 * @param discount share off the basket
 */
public record Coupon(Double discount) implements Lever {
    static final About ABOUT = new About("coupon", Step.SELL, 14, "the discount given on each redeemed purchase",
            new Intensity("discount", Scale.SHARE), Response.class);

    public Coupon {
        discount = discount == null ? 0.1 : discount;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.share("discount", discount);
    }

    @Override
    public void fire(World w, int c) {
        for (GroupState g : w.groups) {
            // free to hand out, but a campaign that cannot pay for the discounts hands none out
            if (Reach.targets(w, w.plan.get(c), g) && w.plan.canSpend(c) && Reach.open(w, c, g, 0, true, true)) {
                push(w, c, g);
            }
        }
    }

    private void push(World w, int campaign, GroupState g) {
        Response p = w.scenario.levers().of(Response.class);
        double visit = w.behaviour.exposureVisit() * (1 + p.pull() * LeverResponses.saturation(discount, p.halfDiscount()));
        MersenneTwisterFast rng = w.rng;
        Consumers c = w.people;
        Reach.forReaders(w, g, (k, i, r) -> {
            c.coupon[i] = campaign;
            c.couponExpiry[i] = w.day + p.days();
            if (rng.nextDouble() < visit * r) {
                w.trigger(i);
            }
        });
    }

    /**
     * The visit a coupon prompts saturates with the discount,
     * {@code exposure_visit × (1 + pull × d / (d + half_discount))}; the discount itself lowers the price paid.
     *
     * @param days         days a coupon stays valid
     * @param pull         the most a coupon can multiply the visits a push prompts, less one
     * @param halfDiscount discount at which the pull is half its most
     */
    public record Response(Integer days, Double pull, Double halfDiscount) implements LeverResponse {
        public Response {
            days = days == null ? 14 : days;
            pull = pull == null ? 1.5 : pull;
            halfDiscount = halfDiscount == null ? 0.05 : halfDiscount;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "days", days, 1);
            c.atLeast(at + "pull", pull, 0);
            c.positive(at + "half_discount", halfDiscount);
        }
    }
}
