package shequn.cli;

import java.util.Locale;
import java.util.Map;
import shequn.engine.RunResult;
import shequn.output.RunTotals;

/** The short table {@code shequn run} prints: the four retail levers first, then the community. */
final class SummaryTable {
    private static final String[][] ROWS = {
        {"traffic", "traffic (visits + online sessions)", "%,.0f"},
        {"conversion", "conversion (purchases / traffic)", "%.1f%%"},
        {"basket", "basket (yuan per purchase)", "%,.1f"},
        {"repeat_rate", "repeat rate (last 30 days)", "%.1f%%"},
        {"gmv", "GMV (yuan)", "%,.0f"},
        {"traffic_change", "traffic per day, end vs start", "%+.1f%%"},
        {"ladder_weak", "weak ties at end (linked)", "%,.0f"},
        {"ladder_strong", "strong ties at end (fans)", "%,.0f"},
        {"members", "group members at end", "%,.0f"},
        {"group_vitality", "active share of members", "%.1f%%"},
        {"churned", "customers gone for good", "%,.0f"},
        {"cost", "campaign cost (yuan)", "%,.0f"},
        {"profit", "profit (gross margin - cost, yuan)", "%,.0f"},
        {RunTotals.MARGIN_PER_YUAN_SPENT, "gross margin per yuan spent*", "%.2f"},
    };

    /** What the ratio is not: the engine used to call it "roi". */
    static final String NOTE = "  * all gross margin / all spend (campaigns and operating costs), not incremental: for the extra\n"
            + "    margin per extra yuan (incremental ROI), compare the plan with a baseline\n"
            + "    (shequn compare BASELINE.yaml PLAN.yaml)\n";

    private SummaryTable() {
    }

    static String render(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s — seed %d, %,d consumers, %d days (%.1f s)%n", r.scenario(), r.seed(),
                r.consumers(), r.days(), (r.buildMillis() + r.runMillis()) / 1000.0));
        Map<String, Double> t = RunTotals.named(r.totals());
        for (String[] row : ROWS) {
            Double v = t.get(row[0]);
            boolean percent = row[2].endsWith("%%");
            String value = v == null || v.isNaN() ? "—" : String.format(Locale.ROOT, row[2], percent ? 100 * v : v);
            sb.append(String.format(Locale.ROOT, "  %-34s %14s%n", row[1], value));
        }
        sb.append(NOTE);
        return sb.toString();
    }
}
