package shequn.campaigns.levers;

import shequn.scenario.CampaignCheck;
import shequn.scenario.LeverSpec;

/** A lever paid by the unit (a day, an invitation, a firing, an attendee): its {@code unit_cost} is never negative. */
interface PaysUnitCost extends LeverSpec {
    Double unitCost();

    @Override
    default void check(CampaignCheck c) {
        c.atLeast("unit_cost", unitCost(), 0);
    }
}
