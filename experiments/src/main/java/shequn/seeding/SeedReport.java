package shequn.seeding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import shequn.montecarlo.Cells;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Incremental;
import shequn.montecarlo.Stats;
import shequn.output.Fmt;

/**
 * Seeding rules and the KOL at equal spend, each against the plan as written, paired: people who know the
 * store at the end, GMV and profit with 95% intervals, the spend and the incremental ROI.
 */
public final class SeedReport {
    /** One added campaign against the plan as written. */
    public record Row(SeedDesign.Variant variant, Stats.Estimate spend, Stats.Estimate aware, Stats.Estimate gmv,
                      Stats.Estimate profit, double pProfit, Incremental.Ratio roi) {
    }

    private SeedReport() {
    }

    public static List<Row> rows(SeedDesign design, Comparison comparison) {
        List<Row> rows = new ArrayList<>();
        List<SeedDesign.Variant> v = design.variants();
        for (int s = 1; s < v.size(); s++) {
            Incremental.Economics e = comparison.economics(s);
            rows.add(new Row(v.get(s), comparison.row("campaign_spend", s).diff(), comparison.row("aware", s).diff(),
                    e.gmv(), e.profit(), e.pProfit(), e.roi()));
        }
        return rows;
    }

    /** seeding.csv: one row per rule (and the KOL), paired differences to the plan as written with 95% CIs. */
    public static void writeCsv(Writer w, List<Row> rows) throws IOException {
        w.write("variant,rule,units,d_spend,d_aware,d_aware_lo,d_aware_hi,d_gmv,d_gmv_lo,d_gmv_hi,d_profit,d_profit_lo,"
                + "d_profit_hi,p_profit_up,roi_inc,roi_inc_lo,roi_inc_hi\n");
        for (Row r : rows) {
            w.write(String.join(",", r.variant().label(), r.variant().rule(), Integer.toString(r.variant().units()),
                    Cells.stat(r.spend().mean()), triple(r.aware()), triple(r.gmv()), triple(r.profit()), Cells.stat(r.pProfit()),
                    Cells.stat(r.roi().estimate()), Cells.stat(r.roi().low()), Cells.stat(r.roi().high())) + "\n");
        }
    }

    private static String triple(Stats.Estimate e) {
        return Cells.stat(e.mean()) + "," + Cells.stat(e.low()) + "," + Cells.stat(e.high());
    }

    /** The terminal table, the most profitable first. */
    public static String table(SeedDesign design, List<Row> rows, int reps) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "seed users or a KOL for %s yuan each, against the plan as written: %d paired replications (95%% CI)%n",
                Fmt.whole(design.budget()), reps));
        sb.append(String.format(Locale.ROOT, "%-26s %7s %10s %28s %32s %32s %22s%n", "added to the plan", "units", "spend",
                "Δ aware (people)", "Δ GMV (yuan)", "Δ profit (yuan)", "incremental ROI"));
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((Row r) -> -r.profit().mean()));
        for (Row r : sorted) {
            String units = r.variant().units() + (r.variant().rule().equals("kol_post") ? " posts" : " seeds");
            sb.append(String.format(Locale.ROOT, "%-26s %13s %10s %28s %32s %32s %22s%n", r.variant().label(), units,
                    Fmt.whole(r.spend().mean()), interval(r.aware()), interval(r.gmv()), interval(r.profit()), roi(r.roi())));
        }
        for (Row r : sorted) {
            if (r.spend().mean() < 1) {
                sb.append("note: ").append(r.variant().label()).append(" spent nothing: nobody it could choose on that day "
                        + "(active_members needs group members: start later with --start)\n");
            }
        }
        return sb.toString();
    }

    private static String interval(Stats.Estimate e) {
        return Fmt.signedWhole(e.mean()) + " [" + Fmt.signedWhole(e.low()) + ", " + Fmt.signedWhole(e.high()) + "]";
    }

    private static String roi(Incremental.Ratio r) {
        return r.defined() ? Fmt.fixed(r.estimate(), 2) + " [" + Fmt.fixed(r.low(), 2) + ", " + Fmt.fixed(r.high(), 2) + "]"
                : "— (" + r.note() + ")";
    }
}
