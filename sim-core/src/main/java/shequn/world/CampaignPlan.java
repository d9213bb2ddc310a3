package shequn.world;

import java.util.List;
import shequn.scenario.Campaign;

/** The campaigns of a run and what each has spent of its budget. */
public final class CampaignPlan {
    private final List<Campaign> campaigns;
    private final double[] spent;
    private double spentToday;

    public CampaignPlan(List<Campaign> campaigns) {
        this.campaigns = campaigns;
        this.spent = new double[campaigns.size()];
    }

    public int size() {
        return campaigns.size();
    }

    public Campaign get(int c) {
        return campaigns.get(c);
    }

    /** Pays {@code amount} from campaign c's budget; false (and nothing paid) if it would overrun. */
    public boolean pay(int c, double amount) {
        if (spent[c] + amount > campaigns.get(c).budgetOrInfinity() + 1e-9) {
            return false;
        }
        spent[c] += amount;
        spentToday += amount;
        return true;
    }

    /** Whether campaign c has money left: levers paid on use (coupons, commission) act only while it does. */
    public boolean canSpend(int c) {
        return spent[c] < campaigns.get(c).budgetOrInfinity() - 1e-9;
    }

    public double spent(int c) {
        return spent[c];
    }

    /** Cost booked since the last call, then reset: the day's campaign cost. */
    public double takeToday() {
        double d = spentToday;
        spentToday = 0;
        return d;
    }
}
