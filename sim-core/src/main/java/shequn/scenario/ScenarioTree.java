package shequn.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads and sets values in a parsed scenario tree (before it is bound to records) by path, as
 * {@code --set} and parameter sweeps do. Paths are checked against {@link ScenarioSchema}, so a
 * typo fails at once instead of being silently ignored; the value itself is checked later, when
 * the tree is bound and validated like any file.
 */
public final class ScenarioTree {

    private ScenarioTree() {
    }

    /** The node at a path ("" is the root), or a missing node when the file does not give it. */
    public static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (ScenarioPath.Step step : ScenarioPath.parse(path)) {
            node = step.isField() ? node.path(step.name()) : node.path(step.index());
        }
        return node;
    }

    /**
     * Puts {@code value} at {@code path}, creating the sections on the way (a section the file
     * leaves out takes its defaults). List elements are not created: a plan's third campaign
     * must exist before its budget can be changed.
     *
     * @throws TreePathException if the schema has no such field or the list has no such element
     */
    public static void set(ObjectNode root, String path, JsonNode value) {
        ScenarioSchema.typeAt(root, path);
        List<ScenarioPath.Step> steps = ScenarioPath.parse(path);
        JsonNode node = root;
        Type type = Scenario.class;
        String walked = "";
        for (int i = 0; i < steps.size(); i++) {
            ScenarioPath.Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.isField()) {
                type = ScenarioSchema.fields((Class<?>) type, node).get(step.name());
                node = setField((ObjectNode) node, step.name(), last ? value : null, type, walked);
                walked = ScenarioPath.field(walked, step.name());
            } else {
                type = ScenarioSchema.elementType(type);
                node = setElement((ArrayNode) node, step.index(), last ? value : null, type, walked);
                walked = ScenarioPath.element(walked, step.index());
            }
        }
    }

    private static JsonNode setField(ObjectNode section, String name, JsonNode value, Type type, String walked) {
        if (value != null) {
            section.set(name, value);
            return value;
        }
        JsonNode child = section.get(name);
        String here = ScenarioPath.field(walked, name);
        if (ScenarioSchema.isList(type)) {
            // An absent list is empty: the index check below reports it, and nothing is added to the file.
            return child == null || child.isNull() ? section.arrayNode() : requireShape(child, ArrayNode.class, here, type);
        }
        if (child == null || child.isNull()) {
            return section.putObject(name);
        }
        return requireShape(child, ObjectNode.class, here, type);
    }

    private static JsonNode setElement(ArrayNode list, int index, JsonNode value, Type type, String walked) {
        if (index >= list.size()) {
            throw new TreePathException(ScenarioPath.element(walked, index),
                    "no such element: " + walked + (list.isEmpty() ? " is empty"
                            : " has " + list.size() + (list.size() == 1 ? " entry" : " entries")
                            + " (indices 0 to " + (list.size() - 1) + ")"));
        }
        if (value != null) {
            list.set(index, value);
            return value;
        }
        return requireShape(list.get(index), ObjectNode.class, ScenarioPath.element(walked, index), type);
    }

    private static JsonNode requireShape(JsonNode node, Class<? extends JsonNode> shape, String path, Type type) {
        if (!shape.isInstance(node)) {
            throw new TreePathException(path, "expected " + ScenarioSchema.describe(type) + " in the scenario, cannot set inside it");
        }
        return node;
    }

    /**
     * For callers that only need to know whether a path exists in the schema, e.g. a sweep axis. A
     * campaign field is known if any lever has it; {@link ScenarioSchema#typeAt(JsonNode, String)}
     * checks it against the campaign's own lever.
     */
    public static boolean isKnownPath(String path) {
        try {
            ScenarioSchema.typeAt(path);
            return true;
        } catch (TreePathException e) {
            return false;
        }
    }
}
