package shequn.viz.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.viz.Messages;
import shequn.viz.data.Estimate;
import shequn.viz.data.Incremental;
import shequn.viz.data.Results;

/** The report's tables: levels and paired differences from comparison.csv, or one run's totals. */
final class ReportTables {
    static final List<String> LEVEL_KPIS = List.of("gmv", "traffic", "conversion", "basket", "repeat_rate", "ladder_strong",
            "cost", "profit", "margin_per_yuan_spent");
    static final List<String> DIFF_KPIS = Kpi.columns(Kpi.HEADLINE);
    static final List<String> RUN_TOTALS = List.of("gmv", "traffic", "purchases", "conversion", "basket",
            "repeat_rate", "ladder_strong", "members", "group_vitality", "traffic_change", "cost", "gross_margin", "profit",
            "margin_per_yuan_spent",
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

    /** The name summary.json gave margin_per_yuan_spent before it was renamed (it is not a return on the spend). */
    static final String OLD_MARGIN_PER_YUAN = "roi";

    /** One run's totals from its summary.json (one written before the rename reads its {@code roi}). */
    static String runTotals(JsonNode totals, Messages m) {
        StringBuilder sb = new StringBuilder("<table class=\"totals\"><tbody>\n");
        for (String kpi : RUN_TOTALS) {
            String key = kpi.equals("margin_per_yuan_spent") && !totals.has(kpi) ? OLD_MARGIN_PER_YUAN : kpi;
            if (totals.has(key)) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(m.kpi(kpi))).append("</th><td>")
                        .append(Html.escape(Numbers.format(kpi, totals.path(key).asDouble(Double.NaN))))
                        .append("</td></tr>\n");
            }
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** One strategy's replications (an mc folder): each KPI's mean and 95% interval from summary.json. */
    static String mcTotals(JsonNode kpis, Messages m) {
        StringBuilder sb = new StringBuilder("<table class=\"totals\"><tbody>\n");
        for (String kpi : RUN_TOTALS) {
            JsonNode k = kpis.path(kpi);
            if (k.has("mean")) {
                sb.append("<tr><th scope=\"row\">").append(Html.escape(m.kpi(kpi))).append("</th><td>")
                        .append(Html.escape(Numbers.format(kpi, k.path("mean").asDouble(Double.NaN))))
                        .append(" <small>").append(Html.escape(Numbers.interval(kpi, k.path("ci_low").asDouble(Double.NaN),
                                k.path("ci_high").asDouble(Double.NaN)))).append("</small></td></tr>\n");
            }
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** A calibration (calibrate's summary.json): each fitted parameter with its interval, then the fit errors. */
    static String calibration(JsonNode summary, Messages m) {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(m.text("report.calibrate.parameters")))
                .append("</h3>\n<table><thead><tr>");
        for (String col : List.of("parameter", "value", "se", "ci")) {
            sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.calibrate." + col))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (JsonNode p : summary.path("parameters")) {
            sb.append("<tr><th scope=\"row\"><code>").append(Html.escape(p.path("path").asText())).append("</code></th><td>")
                    .append(Html.escape(Numbers.plain(p.path("value").asDouble(Double.NaN)))).append("</td><td>")
                    .append(Html.escape(Numbers.plain(p.path("se").asDouble(Double.NaN)))).append("</td><td>[")
                    .append(Html.escape(Numbers.plain(p.path("ci_low").asDouble(Double.NaN)))).append(", ")
                    .append(Html.escape(Numbers.plain(p.path("ci_high").asDouble(Double.NaN)))).append("]</td></tr>\n");
        }
        sb.append("</tbody></table>\n<table class=\"totals\"><tbody>\n");
        sb.append("<tr><th scope=\"row\">").append(Html.escape(m.text("report.calibrate.fit_error",
                summary.path("fit_periods").asText("?")))).append("</th><td>")
                .append(Html.escape(percent(summary.path("fit_error").asDouble(Double.NaN)))).append("</td></tr>\n");
        sb.append("<tr><th scope=\"row\">").append(Html.escape(m.text("report.calibrate.holdout_error",
                summary.path("holdout_periods").asText("?")))).append("</th><td>")
                .append(Html.escape(percent(summary.path("holdout_error").asDouble(Double.NaN)))).append("</td></tr>\n");
        return sb.append("</tbody></table>\n").toString();
    }

    /**
     * A calibration to an order log (calibrate --transactions): each model's fitted parameters with their
     * intervals, then the three forecasts of the held-back weeks against what happened.
     */
    static String transactions(JsonNode summary, Messages m) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode model : summary.path("models")) {
            sb.append("<h3>").append(Html.escape(m.text("report.calibrate.parameters"))).append(": ")
                    .append(Html.escape(model.path("model").asText())).append("</h3>\n<table><thead><tr>");
            for (String col : List.of("parameter", "value", "se", "ci")) {
                sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.calibrate." + col))).append("</th>");
            }
            sb.append("</tr></thead><tbody>\n");
            for (JsonNode p : model.path("parameters")) {
                double low = p.path("ci_low").asDouble(Double.NaN);
                sb.append("<tr><th scope=\"row\"><code>").append(Html.escape(p.path("name").asText())).append("</code></th><td>")
                        .append(Html.escape(Numbers.plain(p.path("value").asDouble(Double.NaN)))).append("</td><td>")
                        .append(Html.escape(Numbers.plain(p.path("se").asDouble(Double.NaN)))).append("</td><td>")
                        .append(Double.isNaN(low) ? "—" : "[" + Html.escape(Numbers.plain(low)) + ", "
                                + Html.escape(Numbers.plain(p.path("ci_high").asDouble(Double.NaN))) + "]").append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<h3>").append(Html.escape(m.text("report.calibrate.forecasts", summary.path("holdout_weeks").asText("?"),
                whole(summary.path("holdout_actual"))))).append("</h3>\n<table><thead><tr>");
        for (String col : List.of("model", "forecast", "forecast_error", "mae", "rmse")) {
            sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.calibrate." + col))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (JsonNode model : summary.path("models")) {
            sb.append("<tr><th scope=\"row\">").append(Html.escape(model.path("model").asText())).append("</th><td>")
                    .append(Html.escape(String.format(Locale.ROOT, "%.1f", model.path("holdout_forecast").asDouble(Double.NaN))))
                    .append("</td><td>").append(Html.escape(String.format(Locale.ROOT, "%+.1f%%",
                            100 * model.path("holdout_error").asDouble(Double.NaN)))).append("</td><td>")
                    .append(Html.escape(String.format(Locale.ROOT, "%.3f", model.path("per_customer_mae").asDouble(Double.NaN))))
                    .append("</td><td>").append(Html.escape(String.format(Locale.ROOT, "%.3f",
                            model.path("per_customer_rmse").asDouble(Double.NaN)))).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** A count as a whole number, "?" when missing. */
    static String whole(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.0f", v.asDouble()) : "?";
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /**
     * Each plan's economics against the baseline (incremental.csv): Δ GMV in yuan and in % of the
     * baseline, Δ gross margin, Δ campaign spend and Δ profit in yuan (signed), the share of
     * replications with more profit, and the incremental ROI or why there is none.
     */
    static String economics(List<Incremental> plans, Messages m) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th scope=\"col\">")
                .append(Html.escape(m.text("report.table.strategy"))).append("</th>");
        for (String k : List.of("gmv", "gmv_pct", "gross_margin", "cost", "profit", "p_profit", "roi")) {
            sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.econ." + k))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (Incremental e : plans) {
            double pct = 100 / e.baselineGmv();
            Incremental.Diff g = e.gmv();
            sb.append("<tr><th scope=\"row\">").append(Html.escape(e.scenario())).append("</th>")
                    .append(yuanCell(g, false))
                    .append(signedCell(css(g, false), "%+.1f%%", pct * g.mean(), "[%+.1f, %+.1f]", pct * g.low(), pct * g.high()))
                    .append(yuanCell(e.grossMargin(), false)).append(yuanCell(e.cost(), true))
                    .append(yuanCell(e.profit(), false))
                    .append("<td>").append(Double.isNaN(e.profit().pBetter()) ? "—"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * e.profit().pBetter())).append("</td>")
                    .append(roiCell(e, m)).append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String yuanCell(Incremental.Diff d, boolean lowerIsBetter) {
        return Double.isNaN(d.mean()) ? "<td>—</td>"
                : signedCell(css(d, lowerIsBetter), "%+,.0f", d.mean(), "[%+,.0f, %+,.0f]", d.low(), d.high());
    }

    private static String signedCell(String css, String meanFormat, double mean, String intervalFormat, double low,
            double high) {
        return "<td class=\"" + css + "\">" + Html.escape(String.format(Locale.ROOT, meanFormat, mean)) + "<br><small>"
                + Html.escape(String.format(Locale.ROOT, intervalFormat, low, high)) + "</small></td>";
    }

    /** "up" (good, green), "down" (bad) or "flat"; for spend a clear rise is the bad direction. */
    private static String css(Incremental.Diff d, boolean lowerIsBetter) {
        if (!d.up() && !d.down()) {
            return "flat";
        }
        return d.up() != lowerIsBetter ? "up" : "down";
    }

    private static String roiCell(Incremental e, Messages m) {
        if (e.roiNote().equals(Incremental.SPEND_LOWER) || e.roiNote().equals(Incremental.SPEND_NOT_CLEARLY_HIGHER)) {
            String key = e.roiNote().equals(Incremental.SPEND_LOWER) ? "report.econ.spend_lower" : "report.econ.spend_unclear";
            return "<td class=\"flat\">" + Html.escape(m.text(key)) + "</td>";
        }
        if (!e.roiGiven()) {
            return "<td>—</td>";
        }
        Incremental.Diff r = e.roi();
        String css = r.low() > 1 ? "up" : r.high() < 1 ? "down" : "flat";
        return "<td class=\"" + css + "\">" + String.format(Locale.ROOT, "%.2f", r.mean()) + "<br><small>"
                + (Double.isNaN(r.low()) ? "" : String.format(Locale.ROOT, "[%.2f, %.2f]", r.low(), r.high()))
                + "</small></td>";
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
