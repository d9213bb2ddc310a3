package shequn.viz.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import shequn.Version;
import shequn.viz.Messages;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Estimate;
import shequn.viz.data.Incremental;
import shequn.viz.data.Results;
import shequn.viz.export.SvgExport;

/**
 * One self-contained HTML file a consultant can send: the question, the strategies and what
 * differs between them, the verdict with its uncertainty, the charts (inline SVG), the tables and
 * where the numbers came from. Nothing is fetched from the network and it prints on A4; on screen one
 * interactive chart of the daily KPIs ({@link Explore}: hover values, strategies toggled) runs from
 * scripts inlined in the file.
 */
public final class HtmlReport {
    private final Results results;
    private final Style style;
    private final Messages m;
    private final JsonNode summary;

    public HtmlReport(Results results, Style style) {
        this.results = results;
        this.style = style;
        this.m = style.messages();
        this.summary = results.summary();
    }

    /** The report; {@code question} replaces the default question when not null. */
    public String render(String question) {
        StringBuilder sb = new StringBuilder(256 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(m.lang() == shequn.viz.Lang.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(m.text("report.title"))).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<h1>").append(Html.escape(m.text("report.title"))).append("</h1>\n");
        section(sb, "report.question", "<p class=\"question\">"
                + Html.escape(question != null ? question : m.text("report.question.default")) + "</p>\n");
        if (ResponseSection.applies(results)) {
            section(sb, "report.response", ResponseSection.summary(results, m));
        } else {
            section(sb, "report.verdict", verdict());
        }
        section(sb, "report.strategies", strategies());
        section(sb, "report.charts", charts());
        section(sb, "report.tables", tables());
        section(sb, "report.provenance", provenance());
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    private void section(StringBuilder sb, String key, String body) {
        sb.append("<section>\n<h2>").append(Html.escape(m.text(key))).append("</h2>\n").append(body)
                .append("</section>\n");
    }

    /**
     * The verdict leads with profit: one sentence per plan (profit, GMV, incremental ROI), the most
     * profitable first as the headline; then the other KPIs' verdicts. An optimisation folder gets its
     * best plan's economics against the base plan.
     */
    private String verdict() {
        List<Estimate> gmv = results.comparison("gmv");
        List<Incremental> plans = results.incremental();
        String command = summary.path("command").asText("");
        Verdicts v = new Verdicts(m);
        if (gmv.size() < 2 && command.equals("optimize") && !plans.isEmpty()) {
            return "<p class=\"headline\">" + Html.escape(v.economics(plans.get(0))) + "</p>\n<p class=\"note\">"
                    + Html.escape(m.text("report.verdict.note")) + "</p>\n";
        }
        if (gmv.size() < 2 && command.equals("mc")) {
            return "<p>" + Html.escape(m.text("report.verdict.mc", summary.path("replications").asText("?"))) + "</p>\n";
        }
        if (command.equals("calibrate") && summary.has("transactions")) {
            return "<p>" + Html.escape(m.text("report.verdict.calibrate.transactions", summary.path("cohort").asText("?"),
                    summary.path("holdout_weeks").asText("?"), ReportTables.whole(summary.path("holdout_actual")))) + "</p>\n";
        }
        if (command.equals("calibrate")) {
            return "<p>" + Html.escape(m.text("report.verdict.calibrate", summary.path("evaluations").asText("?"),
                    summary.path("reps").asText("?"))) + "</p>\n";
        }
        if (gmv.size() < 2 && List.of("sweep", "sensitivity", "optimize").contains(command)) {
            return "<p>" + Html.escape(m.text("report.verdict.experiment", command)) + "</p>\n";
        }
        if (gmv.size() < 2) {
            return "<p>" + Html.escape(m.text("report.verdict.none")) + "</p>\n";
        }
        List<String> lines = plans.isEmpty() ? v.sentences(gmv) : v.economics(plans);
        StringBuilder sb = new StringBuilder("<p class=\"headline\">").append(Html.escape(lines.get(0)))
                .append("</p>\n<ul>\n");
        List<String> rest = new ArrayList<>(lines.subList(1, lines.size()));
        rest.addAll(v.sentences(results.comparison("repeat_rate")));
        rest.forEach(line -> sb.append("<li>").append(Html.escape(line)).append("</li>\n"));
        return sb.append("</ul>\n<p class=\"note\">").append(Html.escape(m.text("report.verdict.note")))
                .append("</p>\n").toString();
    }

    private String strategies() {
        List<String> names = results.scenarios();
        List<String> files = new ArrayList<>();
        summary.path("scenarios").forEach(s -> files.add(s.path("scenario_file").asText()));
        if (files.isEmpty() && summary.has("scenario_file")) {
            files.add(summary.path("scenario_file").asText());
        }
        StringBuilder sb = new StringBuilder("<dl class=\"strategies\">\n");
        List<ScenarioNotes.Note> notes = ScenarioNotes.of(names, files, results.dir(), texts(summary.path("overrides")));
        for (int i = 0; i < notes.size(); i++) {
            sb.append(note(notes.get(i), i == 0 && notes.size() > 1));
        }
        return sb.append("</dl>\n").toString();
    }

    private String note(ScenarioNotes.Note n, boolean baseline) {
        StringBuilder sb = new StringBuilder("<dt>").append(Html.escape(n.name()));
        if (baseline) {
            sb.append(" <span class=\"tag\">").append(Html.escape(m.text("report.baseline"))).append("</span>");
        }
        sb.append(" <code>").append(Html.escape(n.file())).append("</code></dt>\n<dd>");
        if (n.problem() != null) {
            return sb.append(Html.escape(m.text("report.file.problem", n.problem()))).append("</dd>\n").toString();
        }
        sb.append("<p>").append(Html.escape(n.description())).append("</p>");
        if (n.consumers() > 0) {
            // the description is the file's text: after --set the numbers that ran can differ from it
            List<String> set = texts(summary.path("overrides"));
            sb.append("<p class=\"asrun\">").append(Html.escape(m.text(set.isEmpty() ? "report.asrun" : "report.asrun.set",
                    String.format(java.util.Locale.ROOT, "%,d", n.consumers()), Integer.toString(n.days()),
                    String.join(" ", set.stream().map(x -> "--set " + x).toList())))).append("</p>");
        }
        if (!n.differences().isEmpty()) {
            sb.append("<table class=\"diffs\"><thead><tr>");
            for (String col : List.of("report.diff.setting", "report.diff.plan", "report.diff.baseline")) {
                sb.append("<th scope=\"col\">").append(Html.escape(m.text(col))).append("</th>");
            }
            sb.append("</tr></thead><tbody>");
            n.differences().forEach(d -> sb.append("<tr><th scope=\"row\"><code>").append(Html.escape(d.setting()))
                    .append("</code></th><td>").append(d.list() ? items(d.items()) : Html.escape(d.value())).append("</td><td>")
                    .append(d.list() ? items(d.baselineItems()) : Html.escape(d.baseline())).append("</td></tr>"));
            sb.append("</tbody></table>");
        }
        return sb.append("</dd>\n").toString();
    }

    /** The first two charts (the ones the verdict rests on) full width, the rest two to a row: a shorter page. */
    /** A list section's items, one per line: "6" and then each group, campaign, … (a dash for none). */
    private static String items(List<String> items) {
        if (items.isEmpty()) {
            return "—";
        }
        StringBuilder sb = new StringBuilder(Integer.toString(items.size())).append("<ul>");
        items.forEach(i -> sb.append("<li>").append(Html.escape(i)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    private String charts() {
        StringBuilder sb = new StringBuilder(Explore.html(results, m));
        List<NamedChart> all = ChartBook.draw(results, style);
        for (int i = 0; i < all.size(); i++) {
            NamedChart c = all.get(i);
            if (i == 2) {
                sb.append("<div class=\"half-charts\">\n");
            }
            sb.append("<figure id=\"").append(Html.escape(c.id())).append("\">\n")
                    .append(SvgExport.render(c.chart(), NamedChart.WIDTH, NamedChart.HEIGHT, c.id()))
                    .append("\n</figure>\n");
        }
        if (all.size() > 2) {
            sb.append("</div>\n");
        }
        return sb.toString();
    }

    private String tables() {
        if (ResponseSection.applies(results)) {
            return ResponseSection.points(results, m);
        }
        List<Incremental> plans = results.incremental();
        String economics = plans.isEmpty() ? "" : "<h3>" + Html.escape(m.text("report.table.economics")) + "</h3>\n"
                + ReportTables.economics(plans, m);
        if (results.comparison("gmv").size() > 1) {
            return economics + "<h3>" + Html.escape(m.text("report.table.levels")) + "</h3>\n"
                    + ReportTables.levels(results, m)
                    + "<h3>" + Html.escape(m.text("report.table.differences")) + "</h3>\n"
                    + ReportTables.differences(results, m);
        }
        if (!economics.isEmpty()) {
            return economics;
        }
        String command = summary.path("command").asText("");
        if (command.equals("calibrate") && summary.has("transactions")) {
            return ReportTables.transactions(summary, m);
        }
        if (command.equals("calibrate")) {
            return ReportTables.calibration(summary, m);
        }
        JsonNode kpis = summary.path("scenarios").path(0).path("kpis");
        if (command.equals("mc") && kpis.isObject()) {
            return "<h3>" + Html.escape(m.text("report.table.levels")) + "</h3>\n" + ReportTables.mcTotals(kpis, m);
        }
        return ReportTables.runTotals(summary.path("totals"), m);
    }

    private String provenance() {
        StringBuilder sb = new StringBuilder("<table class=\"totals\"><tbody>\n");
        row(sb, "prov.command", summary.path("command").asText(summary.has("seed") ? "run" : ""));
        row(sb, "prov.version", summary.path("version").asText("") + commit(summary));
        row(sb, "prov.replications", summary.path("replications").asText(summary.has("seed") ? "1" : ""));
        row(sb, "prov.seed", summary.has("master_seed") ? summary.path("master_seed").asText()
                : summary.path("seed").asText(""));
        row(sb, "prov.crn", summary.has("common_random_numbers")
                ? m.text(summary.path("common_random_numbers").asBoolean() ? "report.yes" : "report.no") : "");
        row(sb, "prov.overrides", String.join(" ", texts(summary.path("overrides"))));
        row(sb, "prov.written", summary.path("written_at").asText(""));
        // the folder's name, not its absolute path: a report is sent to people without this machine's paths
        Path folder = results.dir().toAbsolutePath().normalize().getFileName();
        row(sb, "prov.folder", folder == null ? "" : folder.toString());
        row(sb, "prov.generated", "shequn " + Version.VERSION + " (" + Version.commitShort() + "), "
                + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return sb.append("</tbody></table>\n").toString();
    }

    /** " (commit 1a2b3c4d5e6f, uncommitted changes; Java 17.0.9)" from a summary that has them. */
    private String commit(JsonNode summary) {
        String c = summary.path("commit").asText("");
        if (c.isEmpty()) {
            return "";
        }
        String shortC = c.length() > 12 && !c.equals("unknown") ? c.substring(0, 12) : c;
        return " (" + m.text("prov.commit") + " " + shortC + (summary.path("dirty").asBoolean() ? "-dirty" : "")
                + (summary.has("java") ? ", Java " + summary.path("java").asText() : "") + ")";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void row(StringBuilder sb, String key, String value) {
        if (!value.isEmpty()) {
            sb.append("<tr><th scope=\"row\">").append(Html.escape(m.text(key))).append("</th><td>")
                    .append(Html.escape(value)).append("</td></tr>\n");
        }
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
