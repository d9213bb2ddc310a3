package shequn.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shequn.metrics.Kpi;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Stats;

/**
 * Monte-Carlo bands as replications finish: per scenario and day, the mean of a KPI and its 95% interval
 * (Stats, as daily_summary.csv), and the paired difference of the edited plan's totals to the original's
 * over the replications both have finished (common random numbers: the same replication index).
 */
final class Bands {
    /** Daily bands the page may draw; kept to what it shows, as every update carries them whole. */
    static final List<Kpi> KPIS = List.of(Kpi.GMV);
    static final List<Kpi> CUMULATIVE = List.of(Kpi.GMV, Kpi.PROFIT);
    static final List<String> TOTALS = List.of("profit", "gmv");

    private final List<Map<Integer, Outcome>> byScenario = List.of(new TreeMap<>(), new TreeMap<>());

    void add(Outcome o) {
        byScenario.get(o.scenario()).put(o.rep(), o);
    }

    int done(int scenario) {
        return byScenario.get(scenario).size();
    }

    ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode scenarios = out.putArray("scenarios");
        for (Map<Integer, Outcome> runs : byScenario) {
            ObjectNode s = scenarios.addObject();
            s.put("n", runs.size());
            for (Kpi k : KPIS) {
                s.set(k.column(), band(new ArrayList<>(runs.values()), 1 + Outcome.DAILY.indexOf(k), false));
            }
            // running totals: where the verdict's totals come from, and where two plans part visibly
            for (Kpi k : CUMULATIVE) {
                s.set("cum_" + k.column(), band(new ArrayList<>(runs.values()), 1 + Outcome.DAILY.indexOf(k), true));
            }
        }
        ObjectNode paired = out.putObject("paired");
        List<Integer> both = byScenario.get(0).keySet().stream().filter(byScenario.get(1)::containsKey).toList();
        paired.put("n", both.size());
        // the edited plan's profit so far minus the original's, replication by replication (common random
        // numbers): narrower than the two bands side by side, and what the verdict's interval is made of
        List<Outcome> differences = new ArrayList<>();
        int profit = 1 + Outcome.DAILY.indexOf(Kpi.PROFIT);
        for (int r : both) {
            double[][] e = byScenario.get(1).get(r).daily();
            double[][] o = byScenario.get(0).get(r).daily();
            double[][] d = new double[e.length][profit + 1];
            for (int day = 0; day < e.length; day++) {
                d[day][profit] = e[day][profit] - o[day][profit];
            }
            differences.add(new Outcome(1, r, 0, new double[0], d));
        }
        paired.set("cum_profit", band(differences, profit, true));
        for (String total : TOTALS) {
            double[] d = both.stream().mapToDouble(r -> byScenario.get(1).get(r).total(total)
                    - byScenario.get(0).get(r).total(total)).toArray();
            Stats.Estimate e = Stats.estimate(d);
            ObjectNode t = paired.putObject(total);
            num(t, "mean", e.mean());
            num(t, "low", e.low());
            num(t, "high", e.high());
        }
        return out;
    }

    /**
     * Mean, low and high per day of one daily column, or of its running total; NaN bounds (one replication)
     * become null in JSON.
     */
    private static ObjectNode band(List<Outcome> runs, int column, boolean cumulative) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        ArrayNode mean = b.putArray("mean");
        ArrayNode low = b.putArray("low");
        ArrayNode high = b.putArray("high");
        if (runs.isEmpty()) {
            return b;
        }
        int days = runs.get(0).daily().length;
        double[] sums = new double[runs.size()];
        for (int d = 0; d < days; d++) {
            double[] xs = new double[runs.size()];
            for (int r = 0; r < xs.length; r++) {
                double x = runs.get(r).daily()[d][column];
                sums[r] += x;
                xs[r] = cumulative ? sums[r] : x;
            }
            Stats.Estimate e = Stats.estimate(xs);
            add(mean, e.mean());
            add(low, e.low());
            add(high, e.high());
        }
        return b;
    }

    static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }
}
