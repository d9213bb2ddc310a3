package shequn.scenario;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Jackson's binding failures into planner language at the field's path: "expected a whole
 * number, got 3.7" rather than a Java type name and a token dump.
 */
final class BindingErrors {

    private BindingErrors() {
    }

    static ScenarioProblem explain(JsonMappingException e, JsonNode root) {
        String path = pathOf(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(path, unknown, root);
        }
        if (e instanceof InvalidNullException) {
            return new ScenarioProblem(path, "empty entry; remove it or fill it in");
        }
        if (e instanceof MismatchedInputException || e.getCause() instanceof InputCoercionException) {
            return new ScenarioProblem(path, mismatch(typeAt(root, path), ScenarioTree.get(root, path)));
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new ScenarioProblem(path, ScenarioException.oneLine(e.getCause().getMessage()));
        }
        return new ScenarioProblem(path, ScenarioException.oneLine(e.getOriginalMessage()));
    }

    /** {@code campaigns[2].budget}, from Jackson's chain of field names and indices. */
    static String pathOf(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path = ScenarioPath.field(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = ScenarioPath.element(path, ref.getIndex());
            }
        }
        return path;
    }

    private static ScenarioProblem unknownField(String path, UnrecognizedPropertyException e, JsonNode root) {
        String name = e.getPropertyName();
        String section = path.equals(name) || path.endsWith("." + name) ? ScenarioPath.parent(path) : path;
        Type type = typeAt(root, section);
        if (ScenarioSchema.isSection(type)) {
            return new ScenarioProblem(ScenarioPath.field(section, name),
                    ScenarioSchema.unknownField(name, (Class<?>) type, ScenarioTree.get(root, section)));
        }
        List<String> valid = new ArrayList<>();
        e.getKnownPropertyIds().forEach(id -> valid.add(String.valueOf(id)));
        return new ScenarioProblem(ScenarioPath.field(section, name), ScenarioSchema.unknownField(name, valid));
    }

    private static String mismatch(Type expected, JsonNode got) {
        if (got.isIntegralNumber() && (expected == Integer.class || expected == Long.class)) {
            long max = expected == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            return "expected a whole number up to " + max + ", got " + got.asText();
        }
        return "expected " + ScenarioSchema.describe(expected) + ", got " + describe(got);
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        return node.asText();
    }

    private static Type typeAt(JsonNode root, String path) {
        try {
            return path.isEmpty() ? Scenario.class : ScenarioSchema.typeAt(root, path);
        } catch (TreePathException e) {
            return Object.class;
        }
    }
}
