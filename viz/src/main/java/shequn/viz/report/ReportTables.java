package shequn.viz.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import shequn.viz.Messages;
import shequn.viz.data.Estimate;
import shequn.viz.data.Results;

/** The report's tables: levels and paired differences from comparison.csv, or one run's totals. */
final class ReportTables {
    static final List<String> LEVEL_KPIS =
            List.of("gmv", "traffic", "conversion", "basket", "repeat_rate", "ladder_strong", "cost", "roi");
    static final List<String> DIFF_KPIS = List.of("gmv", "traffic", "conversion", "basket", "repeat_rate");
    static final List<String> RUN_TOTALS = List.of("gmv", "traffic", "purchases", "conversion", "basket",
            "repeat_rate", "ladder_strong", "members", "group_vitality", "traffic_change", "cost", "profit", "roi",
            "k_factor", "cascades", "cascade_mean");

    private ReportTables() {
    }

    /** Mean and 95% interval of each KPI per strategy. */
    static String levels(Results r, Messages m) {
        StringBuilder sb = header(m, LEVEL_KPIS);
        List<String> names = r.comparison("gmv").stream().map(Estimate::scenario).toList();
        for (int s = 0; s < names.size(); s++) {
            sb.append("<tr><th scope=\"row\">").append(Html.escape(names.get(s))).append("</th>");
            for (String kpi : LEVEL_KPIS) {
                List<Estimate> rows = r.comparison(kpi);
                sb.append(rows.size() > s ? cell(kpi, rows.get(s).mean(), rows.get(s).low(), rows.get(s).high()) : "<td></td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** Paired difference to the baseline: relative for money and counts, points for rates. */
    static String differences(Results r, Messages m) {
        StringBuilder sb = header(m, DIFF_KPIS);
        List<Estimate> gmv = r.comparison("gmv");
        for (int s = 1; s < gmv.size(); s++) {
            sb.append("<tr><th scope=\"row\">").append(Html.escape(gmv.get(s).scenario())).append("</th>");
            for (String kpi : DIFF_KPIS) {
                List<Estimate> rows = r.comparison(kpi);
                sb.append(rows.size() > s ? diffCell(rows.get(s), rows.get(0), m) : "<td></td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** One run's totals from its summary.json. */
    static String runTotals(JsonNode totals, Messages m) {
        StringBuilder sb = new StringBuilder("<table class=\"totals\"><tbody>\n");
        for (String kpi : RUN_TOTALS) {
            if (totals.has(kpi)) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(m.kpi(kpi))).append("</th><td>")
                        .append(Html.escape(Numbers.format(kpi, totals.path(kpi).asDouble(Double.NaN))))
                        .append("</td></tr>\n");
            }
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static StringBuilder header(Messages m, List<String> kpis) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th scope=\"col\">")
                .append(Html.escape(m.text("report.table.strategy"))).append("</th>");
        kpis.forEach(k -> sb.append("<th scope=\"col\">").append(Html.escape(m.kpi(k))).append("</th>"));
        return sb.append("</tr></thead><tbody>\n");
    }

    private static String cell(String kpi, double mean, double low, double high) {
        return "<td>" + Html.escape(Numbers.format(kpi, mean)) + "<br><small>"
                + Html.escape(Numbers.interval(kpi, low, high)) + "</small></td>";
    }

    private static String diffCell(Estimate e, Estimate base, Messages m) {
        boolean points = Verdicts.isRate(e.kpi());
        double scale = points ? 100 : 100 / base.mean();
        String unit = points ? m.text("report.pp") : "%";
        String css = e.diffLow() > 0 ? "up" : e.diffHigh() < 0 ? "down" : "flat";
        return String.format(Locale.ROOT, "<td class=\"%s\">%+.1f%s<br><small>[%+.1f, %+.1f]</small></td>", css,
                scale * e.diffMean(), Html.escape(unit), scale * e.diffLow(), scale * e.diffHigh());
    }
}
