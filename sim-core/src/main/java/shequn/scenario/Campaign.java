package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One lever of the plan, scheduled in time, aimed at a target and paid for from a budget.
 * It fires on days {@code start, start+every, …} up to {@code end}; a firing whose cost would
 * exceed what is left of {@code budget} does not happen (per-unit costs stop when it runs out).
 *
 * @param lever      what is done
 * @param name       label in outputs (default: the lever)
 * @param start      first day (0-based)
 * @param end        last day, inclusive (default: the last day of the run)
 * @param every      days between firings
 * @param store      store it runs in (default: every store)
 * @param group      group it targets (default: every group of the targeted stores)
 * @param kol        KOL it uses (kol_post, livestream; default: the first KOL)
 * @param budget     yuan available over the whole campaign (default: no cap)
 * @param unitCost   yuan per unit; the unit depends on the lever (see {@link Lever})
 * @param amount     red packet: yuan per packet (its cost); coupon: not used
 * @param discount   coupon: share off the basket, in [0,1]
 * @param commission share incentive: share of referred sales paid to the sharer, in [0,1]
 * @param channel    event: in store ({@code offline}, capacity-limited) or {@code online}
 * @param rate       staff_invite / referral: share of visitors invited / of members who invite a friend, per firing
 */
public record Campaign(Lever lever, String name, Integer start, Integer end, Integer every, String store, String group,
                       String kol, Double budget, Double unitCost, Double amount, Double discount, Double commission,
                       Channel channel, Double rate) {

    public Campaign {
        name = name == null && lever != null ? lever.fileName() : name;
        start = start == null ? 0 : start;
        every = every == null ? defaultEvery(lever) : every;
        // Boxed on both sides: a mixed double/Double ternary would unbox a null unit_cost and throw.
        unitCost = unitCost == null && lever != null && lever.defaultUnitCost() >= 0
                ? Double.valueOf(lever.defaultUnitCost()) : unitCost;
        amount = amount == null ? 100.0 : amount;
        discount = discount == null ? 0.1 : discount;
        commission = commission == null ? 0.05 : commission;
        channel = channel == null ? Channel.OFFLINE : channel;
        rate = rate == null ? defaultRate(lever) : rate;
    }

    /** The last firing day, given the run's horizon. */
    public int lastDay(int days) {
        return end == null ? days - 1 : Math.min(end, days - 1);
    }

    public boolean firesOn(int day, int days) {
        return day >= start && day <= lastDay(days) && (day - start) % every == 0;
    }

    public double budgetOrInfinity() {
        return budget == null ? Double.POSITIVE_INFINITY : budget;
    }

    private static int defaultEvery(Lever lever) {
        if (lever == null) {
            return 1;
        }
        return switch (lever) {
            case EMOTION, CONTENT, RED_PACKET, KOL_POST -> 7;
            case EVENT, PRODUCT, COUPON -> 14;
            case LIVESTREAM, VIP_PRUNING -> 30;
            default -> 1;
        };
    }

    private static double defaultRate(Lever lever) {
        return lever == Lever.REFERRAL ? 0.05 : 0.3;
    }

    public enum Channel {
        @JsonProperty("offline") OFFLINE,
        @JsonProperty("online") ONLINE
    }
}
