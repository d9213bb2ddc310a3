package shequn.campaigns.levers;

import shequn.scenario.CampaignCheck;
import shequn.stores.StoreState;
import shequn.world.World;

/**
 * Group building: staff invite visitors into a group. The lever switches the store on for the day;
 * shopping invites and pays {@code unit_cost} per invitation.
 *
 * @param rate     share of visitors invited
 * @param unitCost yuan per invitation
 */
public record StaffInvite(Double rate, Double unitCost) implements Lever, PaysUnitCost {
    static final About ABOUT = new About("staff_invite", Step.BUILD, 1, "yuan per invitation",
            new Intensity("rate", Scale.SHARE), null);

    public StaffInvite {
        rate = rate == null ? 0.3 : rate;
        unitCost = unitCost == null ? 2.0 : unitCost;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public void check(CampaignCheck c) {
        c.share("rate", rate);
        PaysUnitCost.super.check(c);
    }

    @Override
    public void fire(World w, int c) {
        for (StoreState s : w.stores) {
            if (Reach.targets(w.plan.get(c), s) && w.plan.canSpend(c)) { // paid per invitation: none without the money
                s.staffInviteToday = rate;
                s.staffInviteCampaign = c;
            }
        }
    }
}
