package shequn.viz.report;

import java.util.List;
import java.util.Locale;
import shequn.viz.Messages;
import shequn.viz.data.ResponsePoint;
import shequn.viz.data.ResponseTable;
import shequn.viz.data.Results;

/**
 * The report's section for a {@code shequn response} folder: in place of a verdict, each campaign's
 * current and best setting with incremental profit, GMV and ROI against the plan without it, one
 * line of advice per campaign, and (with the tables) every point of every curve.
 */
final class ResponseSection {
    private ResponseSection() {
    }

    static boolean applies(Results results) {
        return ResponseTable.present(results);
    }

    /** The lead, one line per campaign, and the current-versus-best table. */
    static String summary(Results results, Messages m) {
        List<List<ResponsePoint>> curves = ResponseTable.curves(results);
        String plan = results.summary().path("scenario").asText("");
        StringBuilder sb = new StringBuilder("<p>").append(Html.escape(m.text("report.response.lead", plan,
                results.summary().path("replications").asText("?")))).append("</p>\n<ul>\n");
        for (List<ResponsePoint> c : curves) {
            sb.append("<li>").append(Html.escape(advice(c, m))).append("</li>\n");
        }
        sb.append("</ul>\n<table><thead><tr>");
        for (String col : List.of("campaign", "now", "profit", "gmv", "roi", "best", "profit_best")) {
            sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.response.col." + col))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (List<ResponsePoint> c : curves) {
            ResponsePoint now = current(c);
            ResponsePoint best = best(c);
            sb.append("<tr><th scope=\"row\">").append(Html.escape(now.name())).append("</th><td>")
                    .append(Html.escape(setting(now, m))).append("</td>").append(money(now.dProfit(), now.dProfitLow(),
                            now.dProfitHigh())).append(money(now.dGmv(), now.dGmvLow(), now.dGmvHigh())).append(roi(now))
                    .append("<td>").append(Html.escape(setting(best, m))).append("</td>")
                    .append(money(best.dProfit(), best.dProfitLow(), best.dProfitHigh())).append("</tr>\n");
        }
        return sb.append("</tbody></table>\n<p class=\"note\">").append(Html.escape(m.text("report.response.note")))
                .append("</p>\n").toString();
    }

    /** Every point of every curve. */
    static String points(Results results, Messages m) {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(m.text("report.response.table")))
                .append("</h3>\n<table><thead><tr>");
        for (String col : List.of("campaign", "setting", "spend", "gmv", "profit", "up", "roi")) {
            sb.append("<th scope=\"col\">").append(Html.escape(m.text("report.response.col." + col))).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (ResponsePoint p : ResponseTable.read(results)) {
            String mark = p.current() && p.best() ? " ○◆" : p.current() ? " ○" : p.best() ? " ◆" : "";
            sb.append("<tr><th scope=\"row\">").append(Html.escape(p.name())).append("</th><td>")
                    .append(Html.escape(setting(p, m) + mark)).append("</td><td>")
                    .append(Html.escape(signed(p.dSpend()))).append("</td>")
                    .append(money(p.dGmv(), p.dGmvLow(), p.dGmvHigh()))
                    .append(money(p.dProfit(), p.dProfitLow(), p.dProfitHigh()))
                    .append("<td>").append(Html.escape(Double.isNaN(p.pProfitUp()) ? "—"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * p.pProfitUp()))).append("</td>")
                    .append(roi(p)).append("</tr>\n");
        }
        return sb.append("</tbody></table>\n<p class=\"note\">○ ").append(Html.escape(m.text("response.current")))
                .append(" · ◆ ").append(Html.escape(m.text("response.best"))).append("</p>\n").toString();
    }

    static String advice(List<ResponsePoint> curve, Messages m) {
        ResponsePoint now = current(curve);
        ResponsePoint best = best(curve);
        if (best == now) {
            return m.text("report.response.keep", now.name(), setting(now, m));
        }
        if (best.absent()) {
            return m.text("report.response.drop", now.name(), signed(now.dProfit()), signed(now.dProfitLow()),
                    signed(now.dProfitHigh()));
        }
        return m.text("report.response.move", now.name(), setting(best, m), setting(now, m), signed(now.dProfit()),
                signed(best.dProfit()));
    }

    private static ResponsePoint current(List<ResponsePoint> curve) {
        return curve.stream().filter(ResponsePoint::current).findFirst().orElse(curve.get(curve.size() - 1));
    }

    private static ResponsePoint best(List<ResponsePoint> curve) {
        return curve.stream().filter(ResponsePoint::best).findFirst().orElse(current(curve));
    }

    /** A setting as a strategist reads it: "without it", "on", "every 7 days", "daily", "amount 150". */
    static String setting(ResponsePoint p, Messages m) {
        if (p.absent()) {
            return m.text("response.setting.absent");
        }
        return switch (p.parameter()) {
            case "presence" -> m.text("response.setting.on");
            case "every" -> "1".equals(p.value()) ? m.text("response.setting.daily") : m.text("response.setting.every", p.value());
            default -> m.text("response.setting.value", p.parameter(), p.value());
        };
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return Math.round(v) == 0 ? "0" : String.format(Locale.ROOT, "%+,.0f", v);
    }

    private static String money(double mean, double low, double high) {
        String css = low > 0 ? "up" : high < 0 ? "down" : "flat";
        return "<td class=\"" + css + "\">" + Html.escape(signed(mean)) + "<br><small>["
                + Html.escape(signed(low)) + ", " + Html.escape(signed(high)) + "]</small></td>";
    }

    private static String roi(ResponsePoint p) {
        if (Double.isNaN(p.roi())) {
            return "<td>—</td>";
        }
        String interval = Double.isNaN(p.roiLow()) ? ""
                : String.format(Locale.ROOT, "<br><small>[%.2f, %.2f]</small>", p.roiLow(), p.roiHigh());
        return String.format(Locale.ROOT, "<td>%.2f%s</td>", p.roi(), interval);
    }
}
