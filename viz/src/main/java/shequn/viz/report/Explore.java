package shequn.viz.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shequn.viz.Messages;
import shequn.viz.data.Band;
import shequn.viz.data.Results;

/**
 * The report's interactive chart: every daily KPI the folder has, one at a time (a menu), each strategy a
 * line with its 95% band, values on hover, strategies shown or hidden from the legend. Apache ECharts is
 * inlined from its webjar and the data sits in the page, so the file stays self-contained and works offline;
 * the static charts stay too, for print (where this part is hidden) and for readers without scripts.
 */
final class Explore {
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The KPIs offered, in the menu's order, when the folder has them. */
    static final List<String> KPIS = List.of("gmv", "profit", "traffic", "purchases", "conversion", "basket",
            "repeat_rate", "ladder_strong", "members", "aware", "cost");

    private Explore() {
    }

    /** The section's HTML, or "" when the folder has no daily series or the chart library is missing. */
    static String html(Results results, Messages m) {
        String lib = library();
        StringBuilder data = new StringBuilder("[");
        for (String kpi : KPIS) {
            List<Band> bands = results.bands(kpi);
            if (bands.isEmpty()) {
                continue;
            }
            if (data.length() > 1) {
                data.append(',');
            }
            data.append("{\"kpi\":").append(json(kpi)).append(",\"label\":").append(json(m.kpi(kpi)))
                    .append(",\"ratio\":").append(kpi.equals("conversion") || kpi.equals("repeat_rate"))
                    .append(",\"bands\":[");
            for (int b = 0; b < bands.size(); b++) {
                Band band = bands.get(b);
                data.append(b > 0 ? "," : "").append("{\"name\":").append(json(band.scenario()))
                        .append(",\"day\":").append(numbers(band.day())).append(",\"mean\":").append(numbers(band.mean()))
                        .append(",\"low\":").append(numbers(band.low())).append(",\"high\":").append(numbers(band.high()))
                        .append('}');
            }
            data.append("]}");
        }
        data.append(']');
        if (lib == null || data.length() < 3) {
            return "";
        }
        return "<div class=\"explore\">\n<p class=\"note\">" + Html.escape(m.text("report.explore.note")) + "</p>\n"
                + "<label>" + Html.escape(m.text("report.explore.kpi")) + " <select id=\"explore-kpi\"></select></label>\n"
                + "<div id=\"explore-chart\" class=\"explore-chart\"></div>\n</div>\n"
                + "<script type=\"application/json\" id=\"explore-data\">" + data + "</script>\n"
                + "<script id=\"explore-lib\">" + lib + "</script>\n"
                + "<script id=\"explore-main\">" + MAIN + "</script>\n";
    }

    /** Draws the chosen KPI; kept short, and free of "<" so that nothing in it can end the script early. */
    private static final String MAIN = """
            (function () {
              var kpis = JSON.parse(document.getElementById('explore-data').textContent);
              var menu = document.getElementById('explore-kpi');
              kpis.forEach(function (k, i) { var o = document.createElement('option'); o.value = i; o.textContent = k.label; menu.appendChild(o); });
              var chart = echarts.init(document.getElementById('explore-chart'), null, { renderer: 'svg' });
              var colors = ['#555555', '#1f6fb2', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d'];
              function fmt(k, v) { return v === null ? '–' : k.ratio ? (100 * v).toFixed(1) + '%' : Math.round(v).toLocaleString(); }
              function draw() {
                var k = kpis[menu.value], series = [];
                k.bands.forEach(function (b, i) {
                  var c = colors[i % colors.length];
                  series.push({ name: b.name, type: 'line', showSymbol: false, data: b.mean, color: c });
                  if (b.low) {
                    series.push({ name: b.name, type: 'line', showSymbol: false, data: b.low, stack: 'band' + i, lineStyle: { opacity: 0 }, color: c, tooltip: { show: false } });
                    series.push({ name: b.name, type: 'line', showSymbol: false, stack: 'band' + i, lineStyle: { opacity: 0 }, color: c, areaStyle: { opacity: 0.2 }, tooltip: { show: false },
                      data: b.high.map(function (h, d) { return h === null || b.low[d] === null ? null : h - b.low[d]; }) });
                  }
                });
                chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
                  tooltip: { trigger: 'axis', valueFormatter: function (v) { return fmt(k, v); } },
                  legend: { top: 0, data: k.bands.map(function (b) { return b.name; }) },
                  grid: { top: 40, left: 10, right: 20, bottom: 10, containLabel: true },
                  xAxis: { type: 'category', data: k.bands[0].day },
                  yAxis: { type: 'value', axisLabel: { formatter: function (v) { return fmt(k, v); } } }, series: series }, true);
              }
              menu.addEventListener('change', draw);
              window.addEventListener('resize', function () { chart.resize(); });
              draw();
            })();
            """;

    private static String library() {
        try (InputStream in = Explore.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                return null;
            }
            String js = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // inlined into a script element: a closing tag or comment opener inside would end it early
            String lower = js.toLowerCase(Locale.ROOT);
            return lower.contains("</script") || lower.contains("<!--") ? null : js;
        } catch (IOException e) {
            return null;
        }
    }

    /** Numbers as JSON, four significant digits (a chart needs no more; it keeps the file small); null for none. */
    private static String numbers(double[] xs) {
        if (xs == null) {
            return "null";
        }
        List<String> out = new ArrayList<>(xs.length);
        for (double x : xs) {
            out.add(Double.isFinite(x) ? new java.math.BigDecimal(x).round(new java.math.MathContext(4))
                    .stripTrailingZeros().toPlainString() : "null");
        }
        return "[" + String.join(",", out) + "]";
    }

    /** A JSON string that is also safe inside a script element: {@code <} is escaped. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
