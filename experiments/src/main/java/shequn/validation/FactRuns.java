package shequn.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shequn.engine.ShequnModel;
import shequn.engine.Totals;
import shequn.metrics.DailyKpis;
import shequn.metrics.Kpi;
import shequn.population.Consumers;
import shequn.population.Ladder;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.world.World;

/**
 * Replications of the library's default scenarios, measured once and shared by the stylized-fact
 * checks: {@code store-plus-community.yaml} (one year), {@code baseline-no-community.yaml} (five
 * years), with only the population size (quick suite) and horizon overridden.
 */
final class FactRuns {
    /** What one replication of a scenario yields for the stylized facts. */
    record Measures(DailyKpis daily, double[][] byLadder, double[][] promptedByLadder, double kolReach, int kolPosts,
                    double top2, double top20, double linkedBuyers, double linkedRepeaters, double otherBuyers,
                    double otherRepeaters, double startCustomers, double startCustomersGone, int[] customerCascadeSizes,
                    int[] kolCascadeSizes, double womFirstWeakShare) {
    }

    private static final Map<String, List<Measures>> CACHE = new HashMap<>();

    private FactRuns() {
    }

    static int consumers(Effort e) {
        return 10000; // the library's size: group sizes and KOL reach are set for it
    }

    static int reps(Effort e) {
        return e.pick(2, 8);
    }

    static synchronized List<Measures> community(Effort e) throws Exception {
        return runs(e, "store-plus-community.yaml", List.of());
    }

    static synchronized List<Measures> baseline(Effort e, int days) throws Exception {
        return runs(e, "baseline-no-community.yaml", List.of("days=" + days));
    }

    static synchronized List<Measures> runs(Effort e, String file, List<String> extra) throws Exception {
        String key = e + "|" + file + "|" + extra;
        List<Measures> hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        Path path = e.scenario(file);
        List<String> overrides = new ArrayList<>(extra);
        overrides.add("population.consumers=" + consumers(e));
        Scenario s = ScenarioLoader.load(path, overrides);
        List<Measures> out = Replicas.map(reps(e), e.threads(), r -> {
            long seed = Replicas.seed(e, file + extra, r);
            boolean[] start = new boolean[s.consumers()];
            return Replicas.run(s, seed, path.getParent(), (m, d) -> {
                if (d == 0) {
                    Consumers c = m.world().people;
                    for (int i = 0; i < c.n; i++) {
                        start[i] = c.lastVisit[i] != Consumers.NEVER; // a customer at the start
                    }
                }
            }, m -> measure(m, start));
        });
        CACHE.put(key, out);
        return out;
    }

    static Measures measure(ShequnModel m, boolean[] startCustomer) {
        World w = m.world();
        DailyKpis k = m.kpis();
        double[][] byLadder = new double[4][3];
        double[][] prompted = new double[4][3];
        for (DailyKpis.BreakdownRow row : k.breakdown()) {
            double[][] into = row.dimension().equals("ladder") ? byLadder
                    : row.dimension().equals("ladder_prompted") ? prompted : null;
            if (into != null) {
                int rung = Arrays.asList(Ladder.NAMES).indexOf(row.value());
                into[rung][0] += row.traffic();
                into[rung][1] += row.purchases();
                into[rung][2] += row.gmv();
            }
        }
        double kolReach = 0;
        int posts = 0;
        for (double v : k.column(Kpi.KOL_REACH)) {
            kolReach += v;
            posts += v > 0 ? 1 : 0;
        }
        long[] sales = Arrays.stream(w.stores).flatMapToLong(s -> Arrays.stream(s.skuSales)).sorted().toArray();
        Consumers c = w.people;
        int window = w.day - w.behaviour.repeatWindow() + 1;
        double lb = 0;
        double lr = 0;
        double ob = 0;
        double or = 0;
        double customers = 0;
        double gone = 0;
        for (int i = 0; i < c.n; i++) {
            if (c.lastBuy[i] >= window) {
                boolean repeat = c.prevBuy[i] >= window;
                if (c.isMember(i)) {
                    lb++;
                    lr += repeat ? 1 : 0;
                } else {
                    ob++;
                    or += repeat ? 1 : 0;
                }
            }
            if (startCustomer[i]) {
                customers++;
                gone += c.gone[i] ? 1 : 0;
            }
        }
        return new Measures(k, byLadder, prompted, kolReach, posts, Totals.topShare(sales, 0.02), Totals.topShare(sales, 0.20), lb, lr, ob, or,
                customers, gone, cascades(w, false), cascades(w, true),
                (double) w.firstHeardWeak / Math.max(1, w.firstHeardWeak + w.firstHeardStrong));
    }

    /**
     * Sizes of the cascades KOLs started ({@code kols}: one per KOL who appeared — the KOL, followers who first
     * heard of the store from them, and everyone their word reached), or of those customers started.
     */
    static int[] cascades(World w, boolean kols) {
        List<Integer> sizes = new ArrayList<>();
        for (int k = 0; k < w.cascadeSizes.size(); k++) {
            int source = w.cascadeSources.get(k);
            if (kols ? source >= 0 : source == World.CUSTOMER) {
                sizes.add(w.cascadeSizes.get(k));
            }
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    static double[] each(List<Measures> runs, java.util.function.ToDoubleFunction<Measures> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    static double mean(DailyKpis k, Kpi kpi, int from, int to) {
        double s = 0;
        for (int d = from; d < to; d++) {
            s += k.get(d, kpi);
        }
        return s / (to - from);
    }

}
