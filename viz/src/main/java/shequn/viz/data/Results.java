package shequn.viz.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A results folder and the tidy tables in it. This is the one class that knows the file formats
 * of {@code shequn run} (daily.csv, cascades.csv, summary.json) and of {@code shequn mc/compare}
 * (daily_summary.csv, runs.csv, comparison.csv, each with a leading {@code scenario} column when
 * more than one strategy ran; incremental.csv), of {@code shequn sweep} (points.csv), {@code shequn sensitivity}
 * (sensitivity.csv) and {@code shequn optimize} (trace.csv): adapt it, and only it, when a format changes.
 */
public final class Results {
    public static final String DAILY = "daily.csv";
    public static final String DAILY_SUMMARY = "daily_summary.csv";
    public static final String COMPARISON = "comparison.csv";
    public static final String INCREMENTAL = "incremental.csv";
    public static final String RUNS = "runs.csv";
    public static final String CASCADES = "cascades.csv";
    public static final String SUMMARY = "summary.json";
    public static final String POINTS = "points.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String TRACE = "trace.csv";

    private final Path dir;

    public Results(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public boolean has(String file) {
        return Files.isRegularFile(dir.resolve(file));
    }

    /** Rows a run's daily.csv can have: one a day, and no scenario has more days than this (ScenarioValidator.MAX_DAYS). */
    static final long MAX_DAILY_ROWS = 3650;

    public Table table(String file) {
        return Table.read(dir.resolve(file), file.equals("daily.csv") ? MAX_DAILY_ROWS : Long.MAX_VALUE);
    }

    /** summary.json, or a missing node when there is none. */
    public JsonNode summary() {
        if (!has(SUMMARY)) {
            return MissingNode.getInstance();
        }
        try {
            return new ObjectMapper().readTree(dir.resolve(SUMMARY).toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new Table.TableException(dir.resolve(SUMMARY) + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr()
                    + ":" + Math.max(1, at.getColumnNr()) : "") + ": not valid JSON (cut short or edited?); write the "
                    + "results again with the command that made them");
        } catch (IOException e) {
            throw new Table.TableException(dir.resolve(SUMMARY) + ": cannot read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Strategy names, baseline first: from the Monte-Carlo summary, else the single run's. */
    public List<String> scenarios() {
        JsonNode s = summary();
        List<String> names = new ArrayList<>();
        s.path("scenarios").forEach(n -> names.add(n.path("scenario").asText()));
        if (names.isEmpty() && s.has("scenario")) {
            names.add(s.path("scenario").asText());
        }
        if (names.isEmpty() && has(COMPARISON)) {
            names.addAll(table(COMPARISON).distinct("scenario"));
        }
        return names;
    }

    /** Daily KPI series per strategy, with intervals from daily_summary.csv, else one line from daily.csv. */
    public List<Band> bands(String kpi) {
        if (has(DAILY_SUMMARY)) {
            return summaryBands(kpi);
        }
        if (has(DAILY)) {
            Table t = table(DAILY);
            return t.has(kpi) ? List.of(new Band(singleName(), t.numbers("day"), t.numbers(kpi), null, null)) : List.of();
        }
        return List.of();
    }

    private List<Band> summaryBands(String kpi) {
        Table t = table(DAILY_SUMMARY);
        Table rows = t.where(r -> t.text(r, "kpi").equals(kpi));
        List<String> names = rows.has("scenario") ? rows.distinct("scenario") : List.of(singleName());
        List<Band> bands = new ArrayList<>();
        for (String name : names) {
            Table one = rows.has("scenario") ? rows.where(r -> rows.text(r, "scenario").equals(name)) : rows;
            bands.add(new Band(name, one.numbers("day"), one.numbers("mean"), one.numbers("ci_low"),
                    one.numbers("ci_high")));
        }
        return bands.stream().filter(b -> b.day().length > 0).toList();
    }

    /** The rows of comparison.csv for one KPI, baseline first. */
    public List<Estimate> comparison(String kpi) {
        if (!has(COMPARISON)) {
            return List.of();
        }
        Table t = table(COMPARISON);
        return t.where(r -> t.text(r, "kpi").equals(kpi)).rows().stream()
                .map(r -> new Estimate(kpi, t.text(r, "scenario"), t.number(r, "mean"), t.number(r, "ci_low"),
                        t.number(r, "ci_high"), t.number(r, "diff_mean"), t.number(r, "diff_ci_low"),
                        t.number(r, "diff_ci_high"), t.number(r, "p_better")))
                .toList();
    }

    /**
     * Each plan's economics against the baseline, in file order: from incremental.csv; for an
     * optimisation, its best plan against the base plan (summary.json's {@code incremental}); for a
     * comparison folder written before incremental.csv existed, the GMV, spend and profit rows of
     * comparison.csv (no gross margin, no incremental ROI). Empty when the folder compares nothing.
     */
    public List<Incremental> incremental() {
        if (has(INCREMENTAL)) {
            Table t = table(INCREMENTAL);
            List<Estimate> gmv = comparison("gmv");
            double baseGmv = gmv.isEmpty() ? Double.NaN : gmv.get(0).mean();
            List<Incremental> out = new ArrayList<>();
            for (String name : t.distinct("scenario")) {
                Table one = t.where(r -> t.text(r, "scenario").equals(name));
                String[] roi = measure(one, "incremental_roi");
                out.add(new Incremental(name, one.text(one.rows().get(0), "baseline"), baseGmv, diff(one, "gmv"),
                        diff(one, "gross_margin"), diff(one, "cost"), diff(one, "profit"),
                        roi == null ? Incremental.Diff.NONE : new Incremental.Diff(one.number(roi, "mean"),
                                one.number(roi, "ci_low"), one.number(roi, "ci_high"), Double.NaN),
                        roi == null ? Incremental.NOT_COMPUTED : one.text(roi, "note")));
            }
            return out;
        }
        JsonNode inc = summary().path("incremental");
        if (inc.isObject()) {
            JsonNode roi = inc.path("incremental_roi");
            return List.of(new Incremental(inc.path("scenario").asText(), inc.path("baseline").asText(),
                    number(inc.path("baseline_gmv")), diff(inc.path("gmv")), diff(inc.path("gross_margin")),
                    diff(inc.path("cost")), diff(inc.path("profit")), diff(roi), roi.path("note").asText("")));
        }
        List<Estimate> gmv = comparison("gmv");
        List<Estimate> cost = comparison("cost");
        List<Estimate> profit = comparison("profit");
        List<Incremental> out = new ArrayList<>();
        for (int s = 1; s < gmv.size() && s < cost.size() && s < profit.size(); s++) {
            out.add(new Incremental(gmv.get(s).scenario(), gmv.get(0).scenario(), gmv.get(0).mean(), diff(gmv.get(s)),
                    Incremental.Diff.NONE, diff(cost.get(s)), diff(profit.get(s)), Incremental.Diff.NONE,
                    Incremental.NOT_COMPUTED));
        }
        return out;
    }

    private static String[] measure(Table t, String name) {
        return t.rows().stream().filter(r -> t.text(r, "measure").equals(name)).findFirst().orElse(null);
    }

    private static Incremental.Diff diff(Table t, String name) {
        String[] r = measure(t, name);
        return r == null ? Incremental.Diff.NONE : new Incremental.Diff(t.number(r, "mean"), t.number(r, "ci_low"),
                t.number(r, "ci_high"), t.number(r, "p_better"));
    }

    private static Incremental.Diff diff(Estimate e) {
        return new Incremental.Diff(e.diffMean(), e.diffLow(), e.diffHigh(), e.pBetter());
    }

    private static Incremental.Diff diff(JsonNode n) {
        return new Incremental.Diff(number(n.path("mean")), number(n.path("ci_low")), number(n.path("ci_high")),
                number(n.path("p_better")));
    }

    /** A JSON number, or NaN for null or missing. */
    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    /** Funnel per strategy: from comparison.csv (means over replications), else the single run's totals. */
    public List<FunnelStep> funnel() {
        if (has(COMPARISON)) {
            List<Estimate> traffic = comparison("traffic");
            List<Estimate> purchases = comparison("purchases");
            List<Estimate> repeat = comparison("repeat_rate");
            List<FunnelStep> steps = new ArrayList<>();
            for (int i = 0; i < traffic.size(); i++) {
                steps.add(new FunnelStep(traffic.get(i).scenario(), traffic.get(i).mean(), purchases.get(i).mean(),
                        repeat.get(i).mean()));
            }
            return steps;
        }
        JsonNode totals = summary().path("totals");
        if (totals.has("traffic") && totals.has("purchases") && totals.has("repeat_rate")) {
            return List.of(new FunnelStep(singleName(), totals.path("traffic").asDouble(),
                    totals.path("purchases").asDouble(), totals.path("repeat_rate").asDouble()));
        }
        return List.of();
    }

    /** daily.csv of a single run, if the folder holds one. */
    public Optional<Table> daily() {
        return has(DAILY) ? Optional.of(table(DAILY)) : Optional.empty();
    }

    /** Sizes of every word-of-mouth cascade (cascades.csv), or none. */
    public int[] cascadeSizes() {
        if (!has(CASCADES)) {
            return new int[0];
        }
        Table t = table(CASCADES);
        return t.rows().stream().mapToInt(r -> (int) t.number(r, "size")).toArray();
    }

    /**
     * The varied parameters of a sweep (points.csv's columns between {@code point} and {@code kpi}),
     * or none when the folder holds no sweep. A sensitivity analysis also writes points.csv, but its
     * points are a Saltelli/Morris design, not a sweep to plot: its folder gives none.
     */
    public List<String> sweepParameters() {
        if (!has(POINTS) || has(SENSITIVITY)) {
            return List.of();
        }
        Table t = table(POINTS);
        int from = t.column("point") + 1;
        int to = t.column("kpi");
        return List.copyOf(t.columns().subList(from, to));
    }

    /** The sweep's points for one KPI, in point order (none if points.csv lacks the KPI). */
    public List<SweepPoint> sweep(String kpi) {
        List<String> params = sweepParameters();
        if (params.isEmpty()) {
            return List.of();
        }
        Table t = table(POINTS);
        return t.where(r -> t.text(r, "kpi").equals(kpi)).rows().stream()
                .map(r -> new SweepPoint((int) t.number(r, "point"), params.stream().map(p -> t.text(r, p)).toList(),
                        t.number(r, "mean"), t.number(r, "ci_low"), t.number(r, "ci_high")))
                .toList();
    }

    /** Every row of sensitivity.csv, in file order (none if the folder holds no sensitivity analysis). */
    public List<SensitivityIndex> sensitivity() {
        if (!has(SENSITIVITY)) {
            return List.of();
        }
        Table t = table(SENSITIVITY);
        return t.rows().stream()
                .map(r -> new SensitivityIndex(t.text(r, "kpi"), t.text(r, "method"), t.text(r, "parameter"),
                        t.text(r, "statistic"), t.number(r, "value"), t.number(r, "ci_low"), t.number(r, "ci_high"),
                        (int) t.number(r, "rank")))
                .toList();
    }

    /**
     * The search of {@code shequn optimize} (trace.csv with {@code objective} and {@code best_so_far};
     * calibrate's trace.csv, with {@code sse}, is not one), or empty.
     */
    public Optional<Trace> trace() {
        if (!has(TRACE)) {
            return Optional.empty();
        }
        Table t = table(TRACE);
        if (!t.has("objective") || !t.has("best_so_far") || t.rows().isEmpty()) {
            return Optional.empty();
        }
        JsonNode s = summary();
        return Optional.of(new Trace(s.path("objective").asText("objective"), t.numbers("evaluation"),
                t.numbers("objective"), t.numbers("best_so_far"),
                s.has("search_objective_base") ? s.path("search_objective_base").asDouble() : Double.NaN));
    }

    private String singleName() {
        List<String> names = scenarios();
        return names.isEmpty() ? dir.getFileName().toString() : names.get(0);
    }
}
