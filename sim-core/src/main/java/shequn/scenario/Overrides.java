package shequn.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code --set path=value} settings: a what-if on top of a scenario file without editing it,
 * e.g. {@code population.consumers=100000} or {@code campaigns[0].budget=5000}. The value is
 * read as YAML, so {@code 5000} is a number, {@code false} a boolean, {@code scale-free} text and
 * {@code [a, b]} a list. An empty value and a YAML null ({@code ~}, {@code null}) are refused: they
 * would silently put back the default, which is not what a what-if means — write the value itself.
 */
public final class Overrides {

    private static final YAMLMapper VALUES = new YAMLMapper();

    /** One setting as given on the command line, and what it means. */
    public record Setting(String argument, String path, JsonNode value) {
    }

    private Overrides() {
    }

    /** Reads {@code path=value}; throws {@link TreePathException} if it is not of that form or the value is not YAML. */
    public static Setting parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new TreePathException("", "expected path=value, e.g. population.consumers=100000");
        }
        String path = argument.substring(0, eq).strip();
        ScenarioPath.parse(path);
        return new Setting(argument, path, value(path, argument.substring(eq + 1).strip()));
    }

    /** Puts a value at a path in a scenario tree; the same rules as {@link ScenarioTree#set}. */
    public static void apply(ObjectNode root, String path, JsonNode value) {
        ScenarioTree.set(root, path, value);
    }

    public static void apply(ObjectNode root, Setting setting) {
        apply(root, setting.path(), setting.value());
    }

    private static JsonNode value(String path, String text) {
        if (text.isEmpty()) {
            throw new TreePathException(path, "no value after '=': write the value, e.g. " + path
                    + "=… (leave the --set out to keep the file's value)");
        }
        try {
            JsonNode node = VALUES.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new TreePathException(path, "'" + text + "' is YAML's null, not a value: write the value itself"
                        + " (leave the --set out to keep the file's value)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new TreePathException(path, "cannot read the value: " + SyntaxErrors.problem(e));
        }
    }
}
