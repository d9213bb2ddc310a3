package shequn.montecarlo;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
            double[] base = Summary.values(result.of(0), kpi);
            for (int s = 0; s < result.plan().scenarios().size(); s++) {
                double[] x = Summary.values(result.of(s), kpi);
                String name = result.plan().scenarios().get(s).name();
                rows.add(s == 0 ? new Row(kpi, name, Stats.estimate(x), null, null) : paired(kpi, name, x, base));
            }
        }
        return rows;
    }

    /** The row of one KPI and scenario. */
    public Row row(String kpi, int scenario) {
        return rows().get(Outcome.TOTALS.indexOf(kpi) * result.plan().scenarios().size() + scenario);
    }

    private static Row paired(String kpi, String name, double[] x, double[] base) {
        double[] d = new double[x.length];
        int better = 0;
        boolean undefined = false;
        for (int r = 0; r < x.length; r++) {
            d[r] = x[r] - base[r];
            undefined |= Double.isNaN(d[r]);
            better += beats(kpi, d[r]) ? 1 : 0;
        }
        double share = undefined || x.length == 0 ? Double.NaN : (double) better / x.length;
        return new Row(kpi, name, Stats.estimate(x), Stats.estimate(d), share);
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

    /** The scenarios ranked by mean GMV, with GMV and repeat rate, then one verdict line per challenger. */
    public String table() {
        int n = result.plan().scenarios().size();
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            order.add(s);
        }
        order.sort(Comparator.comparingDouble((Integer s) -> -row("gmv", s).level().mean()));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d replications per scenario, common random numbers: %s; 95%% confidence intervals%n", result.reps(),
                result.plan().independent() ? "no" : "yes"));
        sb.append(String.format(Locale.ROOT, "%-4s %-28s %28s %24s%n", "rank", "scenario", "GMV (yuan)", "repeat rate"));
        int rank = 1;
        for (int s : order) {
            Stats.Estimate g = row("gmv", s).level();
            Stats.Estimate rr = row("repeat_rate", s).level();
            sb.append(String.format(Locale.ROOT, "%-4d %-28s %28s %24s%n", rank++, name(s),
                    String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", g.mean(), g.low(), g.high()),
                    String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * rr.mean(), 100 * rr.low(), 100 * rr.high())));
        }
        for (int s : order) {
            if (s != 0) {
                sb.append(verdict("gmv", s)).append('\n').append(verdict("repeat_rate", s)).append('\n')
                        .append(verdict("profit", s)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * "store-plus-community raises GMV by 31.5% [29.8%, 33.1%] over baseline-no-community, better in
     * 100% of replications". GMV changes are relative to the baseline mean; repeat rate in points;
     * profit (gross margin minus campaign cost) in yuan.
     */
    public String verdict(String kpi, int s) {
        Row r = row(kpi, s);
        Stats.Estimate d = r.diff();
        boolean money = kpi.equals("profit");
        boolean relative = !money && !kpi.equals("repeat_rate");
        double scale = money ? 1 : relative ? 100 / row(kpi, 0).level().mean() : 100;
        String unit = money ? " yuan" : relative ? "%" : " points";
        String label = kpi.equals("gmv") ? "GMV" : kpi.replace('_', ' ');
        String verb = d.low() > 0 ? "raises" : d.high() < 0 ? "lowers" : "does not clearly change";
        String bound = relative ? unit : "";
        String number = money ? "%,.0f" : "%.1f";
        String size = String.format(Locale.ROOT, number + "%s [" + number + "%s, " + number + "%s]",
                scale * Math.abs(d.mean()), unit, scale * d.low(), bound, scale * d.high(), bound);
        String by = verb.startsWith("does") ? "(" + (d.mean() >= 0 ? "+" : "-") + size + ")" : "by " + size;
        return String.format(Locale.ROOT, "%s %s %s %s over %s, better in %.0f%% of replications", name(s), verb, label,
                by, name(0), 100 * r.pBetter());
    }

    private String name(int s) {
        return result.plan().scenarios().get(s).name();
    }
}
