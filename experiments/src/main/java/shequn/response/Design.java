package shequn.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shequn.montecarlo.JournalLayout;
import shequn.montecarlo.Plan;
import shequn.scenario.Campaign;
import shequn.scenario.Overrides;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * What {@code shequn response} runs: for each chosen campaign, the plan without it (point 0, the
 * paired counterfactual) and the plan with the campaign's intensity at each setting of its
 * {@link Grid}. The plan as written is one scenario shared by every curve (each curve's current
 * point), and every scenario runs the same replication seeds, so each point is paired with its
 * curve's point 0 replication by replication (common random numbers).
 */
public final class Design {
    /** The journal of every replication: one row per (scenario, replication). */
    public static final String RUNS_CSV = "response_runs.csv";

    /** One scenario to run: its label in response_runs.csv and the settings that turn the file into it. */
    public record Run(String label, List<String> settings, Scenario scenario) {
    }

    /**
     * One point of a curve.
     *
     * @param value     the field's setting, or null for the plan without the campaign
     * @param intensity the x of the curve: 0 without the campaign, else {@link Intensity#axis}
     * @param scenario  the index of its {@link Run}
     */
    public record Point(Double value, double intensity, boolean current, int scenario) {
        public boolean absent() {
            return value == null;
        }
    }

    /** One campaign's curve: its points in order of rising intensity, point 0 the plan without it. */
    public record Curve(int campaign, String name, Campaign spec, Intensity.Knob knob, List<Point> points) {
        public int absentScenario() {
            return points.get(0).scenario();
        }

        public Point currentPoint() {
            return points.stream().filter(Point::current).findFirst().orElseThrow();
        }
    }

    private final Path file;
    private final List<String> overrides;
    private final Scenario base;
    private final List<Run> runs = new ArrayList<>();
    private final List<Curve> curves = new ArrayList<>();

    private Design(Path file, List<String> overrides, Scenario base) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
        this.base = base;
    }

    /**
     * The design for campaigns {@code chosen} (indices into the plan's campaigns) with
     * {@code points} points per curve (on/off levers always have two).
     */
    public static Design of(Path file, List<String> overrides, List<Integer> chosen, int points)
            throws ScenarioException, IOException {
        Scenario base = ScenarioLoader.load(file, overrides);
        Design d = new Design(file, overrides, base);
        d.runs.add(new Run("plan", List.of(), base));
        ArrayNode written = campaignsAsWritten(file, overrides);
        List<String> names = names(base.campaigns());
        Map<String, Integer> seen = new HashMap<>();
        seen.put("", 0);
        for (int c : chosen) {
            Campaign spec = base.campaigns().get(c);
            Intensity.Knob knob = Intensity.of(spec.lever());
            List<Point> pts = new ArrayList<>();
            pts.add(new Point(null, 0, false, d.add(seen, "campaigns[" + c + "]:absent", List.of(without(written, c)))));
            double now = Intensity.current(spec);
            for (double v : Grid.settings(spec, points)) {
                boolean current = v == now;
                List<String> settings = current ? List.of()
                        : Intensity.paths(spec, c).stream().map(p -> p + "=" + Grid.text(v)).toList();
                String label = current ? "plan" : String.join(";", settings);
                pts.add(new Point(v, Intensity.axis(knob, v), current, d.add(seen, label, settings)));
            }
            d.curves.add(new Curve(c, names.get(c), spec, knob, List.copyOf(pts)));
        }
        return d;
    }

    /** Adds a scenario unless one with the same settings exists; returns its index. */
    private int add(Map<String, Integer> seen, String label, List<String> settings) throws ScenarioException {
        String key = String.join("\n", settings);
        Integer known = seen.get(key);
        if (known != null) {
            return known;
        }
        List<String> all = new ArrayList<>(overrides);
        all.addAll(settings);
        runs.add(new Run(label, settings, ScenarioLoader.load(file, all)));
        seen.put(key, runs.size() - 1);
        return runs.size() - 1;
    }

    /** The campaigns list of the file after the {@code --set} settings, as a tree (the plan as written). */
    public static ArrayNode campaignsAsWritten(Path file, List<String> overrides) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode read = (json ? new ObjectMapper() : new YAMLMapper()).readTree(text);
        ObjectNode root = read instanceof ObjectNode o ? o : new ObjectMapper().createObjectNode();
        for (String o : overrides) {
            Overrides.apply(root, Overrides.parse(o));
        }
        JsonNode campaigns = root.path("campaigns");
        return campaigns.isArray() ? (ArrayNode) campaigns : new ObjectMapper().createArrayNode();
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    /**
     * The setting that removes campaign {@code c}: the whole list without it, as YAML. Nothing else
     * changes, so the result is exactly the plan without that campaign (the others keep their order).
     */
    static String without(ArrayNode campaigns, int c) {
        ArrayNode rest = campaigns.deepCopy();
        rest.remove(c);
        return setting(rest);
    }

    /** The {@code --set} setting that makes {@code campaigns} the whole plan. */
    public static String setting(ArrayNode campaigns) {
        try {
            return "campaigns=" + (campaigns.isEmpty() ? "[]" : YAML.writeValueAsString(campaigns).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A name per campaign, unique within the plan and without commas: its {@code name}, qualified
     * by its KOL, group or store (else its index) when two campaigns share it.
     */
    static List<String> names(List<Campaign> campaigns) {
        Map<String, Integer> count = new LinkedHashMap<>();
        campaigns.forEach(k -> count.merge(k.name(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign k = campaigns.get(i);
            String name = k.name();
            if (count.get(name) > 1) {
                String q = k.kol() != null ? k.kol() : k.group() != null ? k.group() : k.store() != null ? k.store() : "#" + i;
                name = name + " (" + q + ")";
            }
            names.add(name);
        }
        for (int i = 0; i < names.size(); i++) {
            if (Collections.frequency(names, names.get(i)) > 1) {
                names.set(i, names.get(i) + " #" + i);
            }
        }
        return names.stream().map(n -> n.replace(',', ';').replace('\n', ' ')).toList();
    }

    public Path file() {
        return file;
    }

    public List<String> overrides() {
        return overrides;
    }

    public Scenario base() {
        return base;
    }

    public List<Run> runs() {
        return List.copyOf(runs);
    }

    public List<Curve> curves() {
        return List.copyOf(curves);
    }

    /**
     * The runner's plan: every scenario with the same seeds (common random numbers); each records
     * the settings that make it from the file, so an engine elsewhere could rebuild it from text.
     */
    public Plan plan(long seed, int reps) {
        return Plan.fixed("response", Collections.nCopies(runs.size(), file), runs.stream().map(Run::scenario).toList(),
                overrides, seed, reps).withExtraOverrides(runs.stream().map(Run::settings).toList());
    }

    /** response_runs.csv: scenario (its label), rep, seed, then the totals; no daily series. */
    public JournalLayout layout() {
        List<String> labels = runs.stream().map(r -> r.label().replace(',', ';').replace('\n', ' ')).toList();
        return new JournalLayout(RUNS_CSV, null, "scenario", labels, List.of(), null);
    }

    /** How many points the curves have in all (a scenario shared by two curves counts twice). */
    public int pointCount() {
        return curves.stream().mapToInt(c -> c.points().size()).sum();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d campaigns, %d scenarios", curves.size(), runs.size());
    }
}
