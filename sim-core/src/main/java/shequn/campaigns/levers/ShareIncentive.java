package shequn.campaigns.levers;

import shequn.scenario.CampaignCheck;
import shequn.scenario.Checks;
import shequn.scenario.LeverResponse;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Share incentive (分享收益): sharers earn a commission on friends' purchases. The lever sets the
 * store's commission for the day; a referred purchase pays it from the campaign's budget.
 *
 * @param commission share of referred sales paid to the sharer
 */
public record ShareIncentive(Double commission) implements Lever {
    static final About ABOUT = new About("share_incentive", Step.SPREAD, 1, "commission x referred sales",
            new Intensity("commission", Scale.SHARE), Response.class);

    public ShareIncentive {
        commission = commission == null ? 0.05 : commission;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.share("commission", commission);
    }

    @Override
    public void fire(World w, int c) {
        for (StoreState s : w.stores) {
            // an incentive with nothing left to pay is no incentive
            if (Reach.targets(w.plan.get(c), s) && w.plan.canSpend(c)) {
                s.commissionToday = commission;
                s.shareCampaign = c;
            }
        }
    }

    /**
     * A commission makes satisfied buyers share more, with diminishing returns:
     * share propensity × {@code (1 + boost × c / (c + half_commission))}.
     *
     * @param boost          the most a commission can add to sharing, as a multiple of the usual propensity
     * @param halfCommission commission at which the added sharing is half its most
     */
    public record Response(Double boost, Double halfCommission) implements LeverResponse {
        public Response {
            boost = boost == null ? 1.0 : boost;
            halfCommission = halfCommission == null ? 0.03 : halfCommission;
        }

        @Override
        public void check(Checks c, String at) {
            c.atLeast(at + "boost", boost, 0);
            c.positive(at + "half_commission", halfCommission);
        }
    }
}
