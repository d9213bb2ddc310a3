package shequn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.JournalLayout;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Stats;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * A sweep as a Monte-Carlo experiment: each design point is one scenario (the base with the
 * point's values set), every point runs the same replication seeds (common random numbers), and
 * the runner's journal writes sweep.csv as replications finish, so an interrupted sweep resumes
 * without loss or duplicates.
 */
public final class Sweep {
    public static final String SWEEP_CSV = "sweep.csv";
    public static final String POINTS_CSV = "points.csv";

    private Sweep() {
    }

    /** One design point: its parameter values and the scenario they give. */
    public record Point(List<JsonNode> values, Scenario scenario) {
    }

    /** How many points {@link #design} will give, worked out without drawing them (saturating at Long.MAX_VALUE). */
    public static long count(SweepSpec spec) {
        if (!spec.design().equals("grid")) {
            return spec.points();
        }
        long n = 1;
        for (Parameter p : spec.parameters()) {
            long levels = p.gridValues().size();
            n = levels != 0 && n > Long.MAX_VALUE / levels ? Long.MAX_VALUE : n * levels;
        }
        return n;
    }

    /** The points of the file's design. */
    public static List<List<JsonNode>> design(SweepSpec spec) {
        int k = spec.parameters().size();
        return switch (spec.design()) {
            case "grid" -> Designs.grid(spec.parameters());
            case "lhs" -> Designs.values(spec.parameters(), Designs.lhs(spec.points(), k, spec.seed()));
            default -> Designs.values(spec.parameters(), Designs.sobol(spec.points(), k));
        };
    }

    /** Loads the scenario of every point (base file, the file's {@code set}, then the point's values). */
    public static List<Point> load(SweepSpec spec, List<List<JsonNode>> values) throws ScenarioException {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new Point(values.get(i), scenario(spec.scenarioFile(), spec.set(), spec.parameters(), values.get(i), i)));
        }
        return points;
    }

    static Scenario scenario(Path file, List<String> set, List<Parameter> parameters, List<JsonNode> values, int index)
            throws ScenarioException {
        List<String> all = new ArrayList<>(set);
        all.addAll(settings(parameters, values));
        try {
            return ScenarioLoader.load(file, all);
        } catch (ScenarioException e) {
            throw new ScenarioException(e.file(), e.line(), e.column(), e.path(),
                    e.problem() + " (at design point " + index + ")");
        }
    }

    /** A point's {@code --set} settings, applied after the file's {@code set}. */
    static List<String> settings(List<Parameter> parameters, List<JsonNode> values) {
        List<String> all = new ArrayList<>();
        for (int d = 0; d < parameters.size(); d++) {
            all.add(parameters.get(d).override(values.get(d)));
        }
        return all;
    }

    /**
     * The runner's plan: one scenario per point, the same seeds at every point. Each point's settings
     * are recorded too, so an engine on other machines (Spark) can rebuild its scenario from the file's text.
     */
    public static Plan plan(String command, SweepSpec spec, List<Point> points) {
        List<Path> files = Collections.nCopies(points.size(), spec.scenarioFile());
        return Plan.fixed(command, files, points.stream().map(Point::scenario).toList(), spec.set(), spec.seed(), spec.reps())
                .withExtraOverrides(points.stream().map(p -> settings(spec.parameters(), p.values())).toList());
    }

    /** sweep.csv: point, rep, seed, one column per parameter, then the KPIs; no daily series. */
    public static JournalLayout layout(SweepSpec spec, List<Point> points) {
        List<String> labels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            labels.add(Integer.toString(i));
            cells.add(points.get(i).values().stream().map(Parameter::cell).toList());
        }
        return new JournalLayout(SWEEP_CSV, null, "point", labels, spec.columns(), cells);
    }

    /** The replications' values of one KPI at one point, by replication. */
    public static double[] values(Experiment.Result r, int point, String kpi) {
        return r.of(point).stream().mapToDouble(o -> o.total(kpi)).toArray();
    }

    /** Each point's mean of one KPI over its replications. */
    public static double[] means(Experiment.Result r, int points, String kpi) {
        double[] m = new double[points];
        for (int i = 0; i < points; i++) {
            m[i] = Stats.mean(values(r, i, kpi));
        }
        return m;
    }

    /** points.csv (tidy): point, the parameters, kpi, n, mean, sd, ci_low, ci_high. */
    public static void writePoints(Path dir, SweepSpec spec, List<Point> points, Experiment.Result r) throws IOException {
        new OutputDir(dir).write(POINTS_CSV, w -> points(w, spec, points, r));
    }

    private static void points(Writer w, SweepSpec spec, List<Point> points, Experiment.Result r) throws IOException {
        w.write("point," + String.join(",", spec.columns()) + ",kpi,n,mean,sd,ci_low,ci_high\n");
        for (int i = 0; i < points.size(); i++) {
            String prefix = i + "," + String.join(",", points.get(i).values().stream().map(Parameter::cell).toList()) + ",";
            for (String kpi : Outcome.TOTALS) {
                Stats.Estimate e = Stats.estimate(values(r, i, kpi));
                w.write(prefix + kpi + "," + e.n() + "," + stat(e.mean()) + "," + stat(e.sd()) + "," + stat(e.low()) + ","
                        + stat(e.high()) + "\n");
            }
        }
    }

    static String stat(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.6f", v);
    }

    /** summary.json of a sweep: what was run and how long it took. */
    public static void writeSummary(Path dir, String command, SweepSpec spec, List<Point> points, Experiment.Result r,
                                    int threads, ObjectNode extra) throws IOException {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", command);
        s.put("sweep_file", spec.source().file().toString());
        s.put("scenario_file", spec.scenarioFile().toString());
        s.put("scenario", spec.base().name());
        s.putPOJO("set", spec.set());
        s.put("design", spec.design());
        ArrayNode ps = s.putArray("parameters");
        for (Parameter p : spec.parameters()) {
            ObjectNode n = ps.addObject();
            n.put("path", p.path());
            if (p.isRange()) {
                n.put("min", p.min());
                n.put("max", p.max());
            } else {
                n.set("values", Json.MAPPER.valueToTree(p.values()));
            }
        }
        s.put("points", points.size());
        s.put("replications_per_point", spec.reps());
        s.put("master_seed", spec.seed());
        s.put("common_random_numbers", true);
        s.put("seed_derivation", "replication i of every point uses Seeds.replication(master_seed, i) (SplitMix64)");
        Json.provenance(s); // version, commit, dirty, java
        s.put("threads", threads);
        s.put("replications_run_now", r.ranNow());
        s.put("replications_resumed", r.resumed());
        s.put("wall_seconds", r.wallSeconds());
        if (extra != null) {
            s.setAll(extra);
        }
        s.put("written_at", Instant.now().toString());
        new OutputDir(dir).write("summary.json", w -> Json.MAPPER.writeValue(w, s));
    }
}
