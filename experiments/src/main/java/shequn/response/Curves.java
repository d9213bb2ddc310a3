package shequn.response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shequn.Version;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Stats;
import shequn.output.Json;
import shequn.output.OutputDir;

/**
 * The response curves of a finished {@link Design}: at every point, the paired differences to the
 * curve's point 0 (the plan without the campaign), replication by replication — incremental spend,
 * GMV, gross margin and profit with 95% intervals, the share of replications in which profit rose,
 * and incremental ROI (Δ gross margin ÷ Δ spend) — and response.csv, summary.json and the table.
 */
public final class Curves {
    public static final String RESPONSE_CSV = "response.csv";

    /** response.csv's columns, in order. */
    public static final List<String> COLUMNS = List.of("campaign", "name", "lever", "parameter", "point", "value",
            "intensity", "spend", "d_spend", "d_spend_lo", "d_spend_hi", "d_gmv", "d_gmv_lo", "d_gmv_hi", "d_gross_margin",
            "d_gross_margin_lo", "d_gross_margin_hi", "d_profit", "d_profit_lo", "d_profit_hi", "p_profit_up", "roi_inc",
            "roi_inc_lo", "roi_inc_hi", "n", "is_current", "is_best");

    /**
     * One point of one curve.
     *
     * @param spend  mean campaign spend of the whole plan at this point (yuan)
     * @param pUp    share of replications in which profit is higher than without the campaign
     * @param roi    incremental ROI: mean Δ gross margin ÷ mean Δ spend (NaN without Δ spend), with its
     *               95% interval by the delta method
     */
    public record Row(Design.Curve curve, int point, Design.Point at, int n, double spend, Stats.Estimate dSpend,
                      Stats.Estimate dGmv, Stats.Estimate dGrossMargin, Stats.Estimate dProfit, double pUp,
                      double roi, double roiLow, double roiHigh, boolean best) {
    }

    private Curves() {
    }

    /** Every point of every curve, curve by curve, the best point (highest mean Δ profit) marked. */
    public static List<Row> rows(Design design, Experiment.Result result) {
        List<Row> rows = new ArrayList<>();
        for (Design.Curve c : design.curves()) {
            Map<Integer, Outcome> without = byRep(result.of(c.absentScenario()));
            List<Row> curve = new ArrayList<>();
            for (int i = 0; i < c.points().size(); i++) {
                Design.Point p = c.points().get(i);
                curve.add(row(c, i, p, without, byRep(result.of(p.scenario())), false));
            }
            int best = 0;
            for (int i = 1; i < curve.size(); i++) {
                if (curve.get(i).dProfit().mean() > curve.get(best).dProfit().mean()) {
                    best = i;
                }
            }
            Row b = curve.get(best);
            curve.set(best, new Row(b.curve(), b.point(), b.at(), b.n(), b.spend(), b.dSpend(), b.dGmv(), b.dGrossMargin(),
                    b.dProfit(), b.pUp(), b.roi(), b.roiLow(), b.roiHigh(), true));
            rows.addAll(curve);
        }
        return rows;
    }

    private static Map<Integer, Outcome> byRep(List<Outcome> outcomes) {
        Map<Integer, Outcome> m = new HashMap<>();
        outcomes.forEach(o -> m.put(o.rep(), o));
        return m;
    }

    private static Row row(Design.Curve c, int i, Design.Point p, Map<Integer, Outcome> base, Map<Integer, Outcome> at,
                           boolean best) {
        List<Integer> reps = at.keySet().stream().filter(base::containsKey).sorted().toList();
        int n = reps.size();
        double[] spend = new double[n];
        double[] ds = new double[n];
        double[] dg = new double[n];
        double[] dm = new double[n];
        double[] dp = new double[n];
        int up = 0;
        for (int k = 0; k < n; k++) {
            Outcome x = at.get(reps.get(k));
            Outcome o = base.get(reps.get(k));
            spend[k] = x.total("cost");
            ds[k] = x.total("cost") - o.total("cost");
            dg[k] = x.total("gmv") - o.total("gmv");
            dm[k] = grossMargin(x) - grossMargin(o);
            dp[k] = x.total("profit") - o.total("profit");
            if (dp[k] > 0) {
                up++;
            }
        }
        double[] roi = ratio(dm, ds);
        return new Row(c, i, p, n, Stats.mean(spend), Stats.estimate(ds), Stats.estimate(dg), Stats.estimate(dm),
                Stats.estimate(dp), n == 0 ? Double.NaN : (double) up / n, roi[0], roi[1], roi[2], best);
    }

    /** Gross margin of a replication: profit plus campaign spend. */
    static double grossMargin(Outcome o) {
        return o.total("profit") + o.total("cost");
    }

    /**
     * mean(a) / mean(b) with a 95% interval by the delta method: the ratio's standard error is
     * sd(a − R·b) / (√n · |mean(b)|). NaN when b's mean is 0 (nothing spent, nothing to divide by).
     */
    static double[] ratio(double[] a, double[] b) {
        double mb = Stats.mean(b);
        if (a.length == 0 || Double.isNaN(mb) || Math.abs(mb) < 1e-9) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double r = Stats.mean(a) / mb;
        if (a.length < 2) {
            return new double[] {r, Double.NaN, Double.NaN};
        }
        double[] z = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            z[k] = a[k] - r * b[k];
        }
        double half = Stats.tCritical(a.length - 1, Stats.LEVEL) * Stats.sd(z) / (Math.sqrt(a.length) * Math.abs(mb));
        return new double[] {r, r - half, r + half};
    }

    /** response.csv (tidy): one row per point of every curve. */
    public static void writeCsv(Path dir, List<Row> rows) throws IOException {
        new OutputDir(dir).write(RESPONSE_CSV, w -> csv(w, rows));
    }

    private static void csv(Writer w, List<Row> rows) throws IOException {
        w.write(String.join(",", COLUMNS) + "\n");
        for (Row r : rows) {
            Design.Curve c = r.curve();
            List<String> cells = new ArrayList<>(List.of(Integer.toString(c.campaign()), c.name(), c.spec().lever().name(),
                    c.knob().parameter(), Integer.toString(r.point()), r.at().absent() ? "" : Grid.text(r.at().value()),
                    num(r.at().intensity()), num(r.spend())));
            for (Stats.Estimate e : List.of(r.dSpend(), r.dGmv(), r.dGrossMargin(), r.dProfit())) {
                cells.addAll(List.of(num(e.mean()), num(e.low()), num(e.high())));
            }
            cells.addAll(List.of(num(r.pUp()), num(r.roi()), num(r.roiLow()), num(r.roiHigh()), Integer.toString(r.n()),
                    Boolean.toString(r.at().current()), Boolean.toString(r.best())));
            w.write(String.join(",", cells) + "\n");
        }
    }

    /** A number cell: up to six decimals without trailing zeros; NaN when undefined. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NaN";
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** summary.json: what was run, and per campaign the current and the best point. */
    public static void writeSummary(Path dir, Design design, List<Row> rows, Experiment.Result r, int points, int threads)
            throws IOException {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", "response");
        s.put("scenario_file", design.file().toString());
        s.put("scenario", design.base().name());
        s.putPOJO("overrides", design.overrides());
        s.put("points_per_curve", points);
        s.put("curves", design.curves().size());
        s.put("scenarios_run", design.runs().size());
        s.put("replications", r.plan().reps());
        s.put("master_seed", r.plan().seed());
        s.put("common_random_numbers", true);
        s.put("seed_derivation", "replication i of every scenario uses Seeds.replication(master_seed, i) (SplitMix64)");
        s.put("counterfactual", "each curve's point 0: the plan without that campaign (removed from the list)");
        s.put("consumers", design.base().consumers());
        s.put("days", design.base().days());
        s.put("version", Version.VERSION);
        s.put("threads", threads);
        s.put("replications_run_now", r.ranNow());
        s.put("replications_resumed", r.resumed());
        s.put("wall_seconds", r.wallSeconds());
        ArrayNode list = s.putArray("campaigns");
        for (Design.Curve c : design.curves()) {
            List<Row> curve = rows.stream().filter(x -> x.curve() == c).toList();
            Row now = curve.stream().filter(x -> x.at().current()).findFirst().orElseThrow();
            Row best = curve.stream().filter(Row::best).findFirst().orElseThrow();
            ObjectNode n = list.addObject();
            n.put("campaign", c.campaign());
            n.put("name", c.name());
            n.put("lever", c.spec().lever().name());
            n.put("parameter", c.knob().parameter());
            n.set("current", point(now));
            n.set("best", point(best));
        }
        s.put("written_at", Instant.now().toString());
        new OutputDir(dir).write("summary.json", w -> Json.MAPPER.writeValue(w, s));
    }

    private static ObjectNode point(Row r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("point", r.point());
        if (r.at().absent()) {
            n.putNull("value");
        } else {
            n.put("value", r.at().value());
        }
        n.put("intensity", r.at().intensity());
        Map<String, Double> v = new java.util.LinkedHashMap<>();
        v.put("d_spend", r.dSpend().mean());
        put(v, "d_gmv", r.dGmv());
        put(v, "d_gross_margin", r.dGrossMargin());
        put(v, "d_profit", r.dProfit());
        v.put("p_profit_up", r.pUp());
        v.put("roi_inc", r.roi());
        v.put("roi_inc_lo", r.roiLow());
        v.put("roi_inc_hi", r.roiHigh());
        n.setAll(Json.numbers(v));
        return n;
    }

    private static void put(Map<String, Double> v, String name, Stats.Estimate e) {
        v.put(name, e.mean());
        v.put(name + "_lo", e.low());
        v.put(name + "_hi", e.high());
    }

    /** The table printed at the end: per campaign, the current setting and the best one, paired 95% CIs. */
    public static String table(Design design, List<Row> rows, Experiment.Result r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d campaigns, %d scenarios x %d replications in %.1f s; each point paired with the plan without its "
                        + "campaign (95%% CI)%n", design.base().name(), design.curves().size(), design.runs().size(),
                r.plan().reps(), r.wallSeconds()));
        sb.append(String.format(Locale.ROOT, "%-22s %-15s %34s %34s %24s   %-15s %24s%n", "campaign", "setting now",
                "Δ profit now (yuan)", "Δ GMV now (yuan)", "incremental ROI now", "best setting", "Δ profit at best"));
        for (Design.Curve c : design.curves()) {
            List<Row> curve = rows.stream().filter(x -> x.curve() == c).toList();
            Row now = curve.stream().filter(x -> x.at().current()).findFirst().orElseThrow();
            Row best = curve.stream().filter(Row::best).findFirst().orElseThrow();
            sb.append(String.format(Locale.ROOT, "%-22s %-15s %34s %34s %24s   %-15s %24s%n", clip(c.name(), 22),
                    setting(c, now), money(now.dProfit()), money(now.dGmv()), roi(now), setting(c, best),
                    best.at().absent() ? "0" : String.format(Locale.ROOT, "%+,.0f", best.dProfit().mean())));
        }
        return sb.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** A setting as a strategist reads it: "every 7", "amount 150", "on", "without". */
    static String setting(Design.Curve c, Row r) {
        if (r.at().absent()) {
            return "without";
        }
        if (c.knob().field() == null) {
            return "on";
        }
        return c.knob().field() + " " + Grid.text(r.at().value());
    }

    private static String money(Stats.Estimate e) {
        return String.format(Locale.ROOT, "%+,.0f [%+,.0f, %+,.0f]", e.mean(), e.low(), e.high());
    }

    private static String roi(Row r) {
        return Double.isNaN(r.roi()) ? "—" : Double.isNaN(r.roiLow()) ? String.format(Locale.ROOT, "%.2f", r.roi())
                : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", r.roi(), r.roiLow(), r.roiHigh());
    }
}
