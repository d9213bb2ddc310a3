package shequn.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.stores.StoreState;
import shequn.world.World;

/** The headline numbers of a run, in the order summary.json and the console table show them. */
public final class Totals {
    /** Days at each end of the run over which traffic erosion is measured. */
    static final int EDGE_DAYS = 30;

    private Totals() {
    }

    static Map<String, Double> of(World w, DailyKpis k) {
        Map<String, Double> t = new LinkedHashMap<>();
        int last = k.days() - 1;
        double traffic = k.sum(Kpi.TRAFFIC);
        double purchases = k.sum(Kpi.PURCHASES);
        double gmv = k.sum(Kpi.GMV);
        double cost = k.sum(Kpi.COST);
        t.put("traffic", traffic);
        t.put("traffic_offline", k.sum(Kpi.TRAFFIC_OFFLINE));
        t.put("traffic_online", k.sum(Kpi.TRAFFIC_ONLINE));
        t.put("purchases", purchases);
        t.put("conversion", traffic == 0 ? 0 : purchases / traffic);
        t.put("basket", purchases == 0 ? 0 : gmv / purchases);
        t.put("gmv", gmv);
        t.put("repeat_rate", k.get(last, Kpi.REPEAT_RATE));
        for (Kpi rung : new Kpi[] {Kpi.LADDER_NONE, Kpi.LADDER_AWARE, Kpi.LADDER_WEAK, Kpi.LADDER_STRONG,
                Kpi.ADVOCATES, Kpi.MEMBERS, Kpi.ACTIVE_MEMBERS, Kpi.GROUP_VITALITY, Kpi.GROUPS_ALIVE,
                Kpi.WEEKLY_ACTIVES, Kpi.MONTHLY_ACTIVES, Kpi.CHURNED}) {
            t.put(rung.column(), k.get(last, rung));
        }
        double first = mean(k, Kpi.TRAFFIC, 0, Math.min(EDGE_DAYS, k.days()));
        double end = mean(k, Kpi.TRAFFIC, Math.max(0, k.days() - EDGE_DAYS), k.days());
        t.put("traffic_per_day_start", first);
        t.put("traffic_per_day_end", end);
        t.put("traffic_change", first == 0 ? 0 : end / first - 1);
        t.put("cost", cost);
        t.put("operating_cost", k.sum(Kpi.OPERATING_COST));
        t.put("campaign_spend", cost - k.sum(Kpi.OPERATING_COST));
        t.put("gross_margin", k.sum(Kpi.GROSS_MARGIN));
        t.put("profit", k.sum(Kpi.PROFIT));
        t.put("roi", cost == 0 ? Double.NaN : k.sum(Kpi.GROSS_MARGIN) / cost);
        t.put("sharers", k.sum(Kpi.SHARERS));
        t.put("wom_reach", k.sum(Kpi.WOM_REACH));
        t.put("newly_aware", k.sum(Kpi.NEWLY_AWARE));
        t.put("aware", k.get(last, Kpi.AWARE));
        t.put("referred_purchases", k.sum(Kpi.REFERRED_PURCHASES));
        double sharers = k.sum(Kpi.SHARERS);
        t.put("k_factor", sharers == 0 ? 0 : k.sum(Kpi.REFERRED_NEW_BUYERS) / sharers);
        cascades(w, t);
        hits(w, t);
        return t;
    }

    static double mean(DailyKpis k, Kpi kpi, int from, int to) {
        double s = 0;
        for (int d = from; d < to; d++) {
            s += k.get(d, kpi);
        }
        return to > from ? s / (to - from) : 0;
    }

    static void cascades(World w, Map<String, Double> t) {
        int[] sizes = w.cascadeSizes.toArray();
        long sum = 0;
        int max = 0;
        for (int s : sizes) {
            sum += s;
            max = Math.max(max, s);
        }
        t.put("cascades", (double) sizes.length);
        t.put("cascade_mean", sizes.length == 0 ? 0 : (double) sum / sizes.length);
        t.put("cascade_max", (double) max);
        long first = w.firstHeardWeak + w.firstHeardStrong;
        // Bakshy et al. 2012: weak ties, more numerous, carry most of the novel information
        t.put("wom_first_weak_share", first == 0 ? Double.NaN : (double) w.firstHeardWeak / first);
    }

    /** Share of sales made by the top 2% and top 20% of products (seed 001: 20:80 → 2:80). */
    static void hits(World w, Map<String, Double> t) {
        int total = 0;
        for (StoreState s : w.stores) {
            total += s.skuSales.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (StoreState s : w.stores) {
            System.arraycopy(s.skuSales, 0, all, at, s.skuSales.length);
            at += s.skuSales.length;
        }
        Arrays.sort(all);
        t.put("top2pct_sku_share", topShare(all, 0.02));
        t.put("top20pct_sku_share", topShare(all, 0.20));
    }

    /**
     * Share of the total held by the largest {@code share} of the values (at least one value), e.g.
     * the top 2% of products' share of sales; 0 when the values sum to 0.
     *
     * @param sortedAscending the values, smallest first
     */
    public static double topShare(long[] sortedAscending, double share) {
        long sum = 0;
        for (long v : sortedAscending) {
            sum += v;
        }
        int top = Math.max(1, (int) Math.round(sortedAscending.length * share));
        long topSum = 0;
        for (int k = 0; k < top; k++) {
            topSum += sortedAscending[sortedAscending.length - 1 - k];
        }
        return sum == 0 ? 0 : (double) topSum / sum;
    }
}
