package shequn.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import shequn.engine.MemoryEstimate;
import shequn.engine.WorldTooLargeException;
import shequn.scenario.Campaign;
import shequn.scenario.Overrides;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * Scenarios as the page sees them: loaded by the CLI's own loader with the server's {@code --set}
 * settings and then the page's edits, checked against the CLI's memory guard, described as a table of
 * levers and key fields, and written back as YAML that {@code shequn validate} accepts.
 */
final class Plans {
    /** The population and behaviour fields the page offers beside the levers: the ones a planner asks about. */
    static final List<String> KEY_FIELDS = List.of("days", "seed", "population.consumers", "population.need_rate",
            "population.loyalty", "population.aware", "stores[0].price_level", "stores[0].unit_cost",
            "behaviour.conversion", "behaviour.accept_invite", "behaviour.price_elasticity", "behaviour.attention",
            "behaviour.wom_strong", "behaviour.wom_weak");
    /** The campaign columns the plan table always shows (a lever's own fields follow). */
    static final List<String> LEVER_COLUMNS = List.of("lever", "name", "start", "end", "every", "budget");

    private static final ObjectMapper SNAKE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private final List<String> common;

    /** @param common the server's own {@code --set} settings, applied to every scenario before the page's edits */
    Plans(List<String> common) {
        this.common = List.copyOf(common);
    }

    List<String> common() {
        return common;
    }

    /** The server's settings, then the edits. */
    List<String> settings(Edits edits) {
        List<String> all = new ArrayList<>(common);
        all.addAll(edits.settings());
        return all;
    }

    /** Loads through the CLI's loader: a problem is its one-line message. */
    Scenario load(Library.Entry e, Edits edits) throws ScenarioException {
        return ScenarioLoader.load(e.file(), settings(edits));
    }

    /** Refuses, with the CLI's message, a world the heap cannot hold (as {@code shequn run} would). */
    static void guard(Library.Entry e, Scenario s) throws Edits.Refused {
        try {
            MemoryEstimate.of(s).check();
        } catch (WorldTooLargeException ex) {
            throw new Edits.Refused(e.file() + ": " + ex.getMessage());
        }
    }

    /** What the page shows of a scenario: its outline, the plan as a table of levers, and key fields. */
    ObjectNode view(Library.Entry e, Scenario s) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", e.id());
        out.put("label", e.label());
        out.put("name", s.name());
        out.put("days", s.days());
        out.put("consumers", s.consumers());
        out.put("seed", s.seed());
        JsonNode whole = SNAKE.valueToTree(s);
        ArrayNode campaigns = out.putArray("campaigns");
        for (Campaign c : s.campaigns()) {
            JsonNode fields = SNAKE.valueToTree(c);
            ObjectNode row = campaigns.addObject();
            fields.properties().forEach(f -> {
                if (f.getValue().isValueNode() || f.getValue().isNull()) {
                    row.set(f.getKey(), f.getValue());
                }
            });
        }
        ArrayNode fields = out.putArray("fields");
        for (String path : KEY_FIELDS) {
            JsonNode v = at(whole, path);
            ObjectNode f = fields.addObject();
            f.put("path", path);
            f.set("value", v != null && v.isValueNode() ? v : JsonNodeFactory.instance.nullNode());
        }
        return out;
    }

    /** The value at a path such as {@code stores[0].unit_cost} in a tree, or null. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            n = n == null ? null : n.get(name);
            if (bracket >= 0 && n != null) {
                n = n.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return n;
    }

    /**
     * The scenario file with the server's settings and the edits applied, as YAML: the file's own tree (its
     * comments are lost), so what is not edited keeps its default. A relative edge-list file is made absolute,
     * so the copy loads from wherever it is saved.
     */
    String yaml(Library.Entry e, Edits edits) throws IOException {
        JsonNode tree = YAML.readTree(Files.readString(e.file(), StandardCharsets.UTF_8));
        ObjectNode root = tree instanceof ObjectNode o ? o : YAML.createObjectNode();
        for (String s : settings(edits)) {
            Overrides.apply(root, Overrides.parse(s));
        }
        JsonNode network = root.path("network").path("file");
        if (network.isTextual() && !Path.of(network.asText()).isAbsolute()) {
            root.withObject("/network").put("file",
                    e.file().getParent().resolve(network.asText()).normalize().toString());
        }
        String header = "# " + e.file().getFileName() + (settings(edits).isEmpty() ? "" : ", edited in shequn serve: --set "
                + String.join(" --set ", settings(edits))) + "\n";
        return header + YAML.writeValueAsString(root);
    }
}
