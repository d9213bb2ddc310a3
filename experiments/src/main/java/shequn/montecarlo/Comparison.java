package shequn.montecarlo;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import shequn.output.Fmt;

/**
 * Paired comparison of scenarios against the first (the baseline). With common random numbers
 * replication i of every scenario shares the same world, so the difference of replication i is a
 * clean estimate of the strategy's effect and its interval is much narrower than that of two
 * independent means.
 */
public final class Comparison {
    private final Experiment.Result result;
    private final List<Row> rows;

    /** One row of comparison.csv; the diff fields are null on the baseline's own rows. */
    public record Row(String kpi, String scenario, Stats.Estimate level, Stats.Estimate diff, Double pBetter) {
    }

    public Comparison(Experiment.Result result) {
        this.result = result;
        this.rows = compute();
    }

    /** Lower cost is better; for every other KPI higher is better. */
    static boolean beats(String kpi, double difference) {
        return kpi.equals("cost") ? difference < 0 : difference > 0;
    }

    public List<Row> rows() {
        return rows;
    }

    private List<Row> compute() {
        List<Row> rows = new ArrayList<>();
        for (String kpi : Outcome.TOTALS) {
            for (int s = 0; s < result.plan().scenarios().size(); s++) {
                double[] x = Summary.values(result.of(s), kpi);
                String name = result.plan().scenarios().get(s).name();
                rows.add(s == 0 ? new Row(kpi, name, Stats.estimate(x), null, null) : paired(kpi, name, x, s));
            }
        }
        return rows;
    }

    /** The row of one KPI and scenario. */
    public Row row(String kpi, int scenario) {
        return rows().get(Outcome.TOTALS.indexOf(kpi) * result.plan().scenarios().size() + scenario);
    }

    private Row paired(String kpi, String name, double[] x, int s) {
        double[] d = differences(result.of(s), result.of(0), kpi);
        return new Row(kpi, name, Stats.estimate(x), Stats.estimate(d), shareBetter(kpi, d));
    }

    /**
     * The paired differences scenario − baseline of one KPI, replication by replication: both lists
     * in replication order, so with common random numbers pair i shares replication i's world.
     */
    public static double[] differences(List<Outcome> scenario, List<Outcome> baseline, String kpi) {
        if (scenario.size() != baseline.size()) {
            throw new IllegalArgumentException("unpaired: " + scenario.size() + " vs " + baseline.size() + " replications");
        }
        double[] d = new double[scenario.size()];
        for (int r = 0; r < d.length; r++) {
            if (scenario.get(r).rep() != baseline.get(r).rep()) {
                throw new IllegalArgumentException("unpaired: replication " + scenario.get(r).rep() + " against "
                        + baseline.get(r).rep());
            }
            d[r] = scenario.get(r).total(kpi) - baseline.get(r).total(kpi);
        }
        return d;
    }

    /** Share of paired differences in which the scenario beats the baseline ({@link #beats}); NaN if one is undefined. */
    static double shareBetter(String kpi, double[] d) {
        int better = 0;
        for (double v : d) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            better += beats(kpi, v) ? 1 : 0;
        }
        return d.length == 0 ? Double.NaN : (double) better / d.length;
    }

    /** Challenger {@code s}'s incremental economics against the baseline (scenario 0). */
    public Incremental.Economics economics(int s) {
        return Incremental.of(name(s), name(0), result.of(s), result.of(0));
    }

    public void writeCsv(Writer w) throws IOException {
        w.write("kpi,scenario,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,p_better\n");
        for (Row r : rows()) {
            String diff = r.diff() == null ? ",,,"
                    : Cells.stat(r.diff().mean()) + "," + Cells.stat(r.diff().low()) + "," + Cells.stat(r.diff().high())
                    + "," + Cells.stat(r.pBetter());
            w.write(r.kpi() + "," + r.scenario() + "," + Cells.stat(r.level().mean()) + "," + Cells.stat(r.level().low())
                    + "," + Cells.stat(r.level().high()) + "," + diff + "\n");
        }
    }

    /** incremental.csv: each challenger's paired economics against the baseline, one row per measure. */
    public void writeIncrementalCsv(Writer w) throws IOException {
        w.write("scenario,baseline,measure,mean,ci_low,ci_high,p_better,note\n");
        for (int s = 1; s < result.plan().scenarios().size(); s++) {
            Incremental.Economics e = economics(s);
            String pair = e.scenario() + "," + e.baseline() + ",";
            measure(w, pair, "gmv", e.gmv(), row("gmv", s).pBetter());
            measure(w, pair, "gross_margin", e.grossMargin(), row("gross_margin", s).pBetter());
            measure(w, pair, "cost", e.cost(), row("cost", s).pBetter());
            measure(w, pair, "profit", e.profit(), e.pProfit());
            Incremental.Ratio r = e.roi();
            w.write(pair + "incremental_roi," + Cells.stat(r.estimate()) + "," + Cells.stat(r.low()) + ","
                    + Cells.stat(r.high()) + ",," + r.note() + "\n");
        }
    }

    private static void measure(Writer w, String pair, String name, Stats.Estimate d, double pBetter) throws IOException {
        w.write(pair + name + "," + Cells.stat(d.mean()) + "," + Cells.stat(d.low()) + "," + Cells.stat(d.high()) + ","
                + Cells.stat(pBetter) + ",\n");
    }

    /**
     * The scenarios ranked by mean profit, with profit, GMV and repeat rate; then, for each challenger
     * in that order, its paired economics against the baseline: Δ GMV, Δ gross margin, Δ campaign
     * spend, Δ profit (yuan, signed) and the incremental ROI (Δ gross margin ÷ Δ spend).
     */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d replications per scenario, common random numbers: %s; 95%% confidence intervals%n", result.reps(),
                result.plan().independent() ? "no" : "yes"));
        sb.append(String.format(Locale.ROOT, "%-4s %-28s %36s %36s %20s%n", "rank", "scenario", "profit (yuan)", "GMV (yuan)",
                "repeat rate"));
        int rank = 1;
        for (int s : byProfit()) {
            Stats.Estimate p = row("profit", s).level();
            Stats.Estimate g = row("gmv", s).level();
            Stats.Estimate rr = row("repeat_rate", s).level();
            sb.append(String.format(Locale.ROOT, "%-4d %-28s %36s %36s %20s%n", rank++, name(s), yuan(p), yuan(g),
                    String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * rr.mean(), 100 * rr.low(), 100 * rr.high())));
        }
        for (int s : byProfit()) {
            if (s != 0) {
                sb.append(block(economics(s)));
            }
        }
        return sb.toString();
    }

    /** Scenario indices, the highest mean profit first. */
    public List<Integer> byProfit() {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < result.plan().scenarios().size(); s++) {
            order.add(s);
        }
        order.sort(Comparator.comparingDouble((Integer s) -> -row("profit", s).level().mean()));
        return order;
    }

    /** One challenger's paired economics, as the terminal shows them. */
    public static String block(Incremental.Economics e) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s against %s, paired (plan minus baseline, yuan over the run; 95%% CI):%n", e.scenario(), e.baseline()));
        Stats.Estimate g = e.gmv();
        double pct = 100 / e.baselineGmv();
        sb.append(line("GMV", g, String.format(Locale.ROOT, "%+.1f%% [%+.1f%%, %+.1f%%] of the baseline's GMV",
                pct * g.mean(), pct * g.low(), pct * g.high())));
        sb.append(line("gross margin", e.grossMargin(), ""));
        sb.append(line("spend", e.cost(), ""));
        sb.append(line("profit", e.profit(), String.format(Locale.ROOT, "more profit in %.0f%% of replications",
                100 * e.pProfit())));
        Incremental.Ratio r = e.roi();
        String roi = r.defined()
                ? row("incremental ROI", String.format(Locale.ROOT, "%.2f", r.estimate()),
                        String.format(Locale.ROOT, "[%.2f, %.2f]", r.low(), r.high()),
                        "yuan of gross margin per extra yuan spent (1 breaks even)")
                : row("incremental ROI", "none", "", r.note().equals(Incremental.SPEND_LOWER)
                        ? "the plan spends less than the baseline"
                        : "the plan does not clearly spend more than the baseline");
        return sb.append(roi).toString();
    }

    private static String line(String label, Stats.Estimate d, String after) {
        return row(label, Fmt.signedWhole(d.mean()), "[" + Fmt.signedWhole(d.low()) + ", " + Fmt.signedWhole(d.high()) + "]",
                after);
    }

    private static String row(String label, String value, String interval, String after) {
        return String.format(Locale.ROOT, "  %-16s %10s  %-26s %s", label, value, interval, after).stripTrailing() + "\n";
    }

    private static String yuan(Stats.Estimate e) {
        return Fmt.whole(e.mean()) + " [" + Fmt.whole(e.low()) + ", " + Fmt.whole(e.high()) + "]"; // never "-0"
    }

    private static String signed(Stats.Estimate e) {
        return Fmt.signedWhole(e.mean()) + " [" + Fmt.signedWhole(e.low()) + ", " + Fmt.signedWhole(e.high()) + "]";
    }

    private String name(int s) {
        return result.plan().scenarios().get(s).name();
    }
}
