package shequn.viz.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shequn.scenario.ScenarioLoader;
import shequn.viz.Style;

/**
 * Axis labels of swept parameters as a reader needs them: the lever (or KOL, group) a list path
 * points at and the unit, e.g. "red_packet amount, yuan (campaigns[9].amount)" rather than the bare
 * path. The lever comes from the sweep's scenario (summary.json's scenario_file, or the folder's
 * inputs/ copy); without it the label is the path with its unit.
 */
final class ParameterLabels {
    private static final Pattern ITEM = Pattern.compile("(campaigns|kols|groups|stores)\\[(\\d+)]\\.(.+)");
    private static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    /** The unit of a field, by its last name: a message key under {@code unit.}. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("amount", "yuan"), Map.entry("budget", "yuan"), Map.entry("unit_cost", "yuan"),
            Map.entry("cost_per_post", "yuan"), Map.entry("cost_per_livestream", "yuan"),
            Map.entry("every", "days"), Map.entry("days", "days"), Map.entry("start", "day"),
            Map.entry("discount", "share"), Map.entry("commission", "share"), Map.entry("rate", "share"),
            Map.entry("tie_decay", "per_day"), Map.entry("need_rate", "per_day"), Map.entry("turnover", "per_day"),
            Map.entry("consumers", "people"), Map.entry("followers", "people"), Map.entry("max_size", "people"));

    private ParameterLabels() {
    }

    /** A parameter as a chart names it: {@code title} in the chart's title, {@code axis} on its axis (with the unit). */
    record Label(String title, String axis) {
    }

    static List<Label> of(List<String> paths, JsonNode summary, Path resultsDir, Style style) {
        JsonNode scenario = scenario(summary, resultsDir);
        List<Label> out = new ArrayList<>();
        for (String p : paths) {
            out.add(label(p, scenario, style));
        }
        return out;
    }

    /**
     * "red_packet amount" / "red_packet amount (yuan) · campaigns[9].amount" for a campaign's field,
     * "behaviour.tie_decay" / "behaviour.tie_decay (per day)" for a scalar, the bare path without a unit.
     */
    static Label label(String path, JsonNode scenario, Style style) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        String unitKey = UNITS.get(field);
        String unit = unitKey == null ? "" : " (" + style.text("unit." + unitKey) + ")";
        Matcher m = ITEM.matcher(path);
        if (m.matches() && scenario != null) {
            JsonNode item = scenario.path(m.group(1)).path(Integer.parseInt(m.group(2)));
            String name = item.path(m.group(1).equals("campaigns") ? "lever" : "id").asText("");
            if (!name.isEmpty()) {
                String what = name + " " + m.group(3).replace('.', ' ');
                return new Label(what, what + unit + " · " + path);
            }
        }
        return new Label(path, path + unit);
    }

    private static JsonNode scenario(JsonNode summary, Path resultsDir) {
        String file = summary.path("scenario_file").asText("");
        if (file.isEmpty()) {
            return null;
        }
        List<String> set = new ArrayList<>();
        summary.path("set").forEach(n -> set.add(n.asText()));
        Path named = Path.of(file).getFileName();
        for (Path p : List.of(Path.of(file), resultsDir.resolve(file))) {
            if (Files.isRegularFile(p)) {
                return load(p, set);
            }
        }
        Path copy = named == null ? null : resultsDir.resolve("inputs").resolve(named);
        return copy != null && Files.isRegularFile(copy) ? load(copy, List.of()) : null;
    }

    private static JsonNode load(Path file, List<String> set) {
        try {
            return MAPPER.valueToTree(ScenarioLoader.load(file, set));
        } catch (Exception e) {
            return null; // the label falls back to the path
        }
    }
}
