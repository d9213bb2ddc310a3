package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of a scenario file, read off the records themselves so that it cannot drift from
 * them: which fields each section has (in file spelling) and what type each holds. Paths from
 * {@code --set} and sweeps are checked against it before anything is run.
 */
public final class ScenarioSchema {

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private ScenarioSchema() {
    }

    /**
     * Field names of a record section in file spelling, mapped to their Java types, in declaration order.
     * A campaign's fields depend on its lever: here, without the file, they are the shared fields and
     * those of every lever; {@link #fields(Class, JsonNode)} narrows them to the campaign's own lever.
     */
    public static Map<String, Type> fields(Class<?> section) {
        return fields(section, null);
    }

    /** The fields of a section as written at {@code node} in a file (null: not known): a campaign's follow its lever. */
    public static Map<String, Type> fields(Class<?> section, JsonNode node) {
        if (section == LeverResponses.class) {
            return new LinkedHashMap<>(LeverResponses.sections());
        }
        return section == Campaign.class ? campaignFields(leverOf(node).orElse(null)) : recordFields(section);
    }

    /** A campaign's fields in file spelling: the shared ones, then the lever's own (every lever's when {@code kind} is null). */
    public static Map<String, Type> campaignFields(Class<? extends LeverSpec> kind) {
        Map<String, Type> fields = new LinkedHashMap<>(Campaign.sharedFields());
        for (Class<? extends LeverSpec> k : kind == null ? LeverCatalog.all() : List.<Class<? extends LeverSpec>>of(kind)) {
            fields.putAll(recordFields(k));
        }
        return fields;
    }

    /** The lever a campaign is written with ({@code lever: red_packet}), if the node names a known one. */
    public static Optional<Class<? extends LeverSpec>> leverOf(JsonNode campaign) {
        JsonNode lever = campaign == null ? null : campaign.get("lever");
        return lever != null && lever.isTextual() ? LeverCatalog.named(lever.asText()) : Optional.empty();
    }

    /** A record's components in file spelling, mapped to their Java types, in declaration order. */
    static Map<String, Type> recordFields(Class<?> section) {
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : section.getRecordComponents()) {
            fields.put(fileName(component.getName()), component.getGenericType());
        }
        return fields;
    }

    /** {@code meanDegree} is written {@code mean_degree} in files. */
    public static String fileName(String javaName) {
        return SNAKE.translate(javaName);
    }

    /** Whether a type is a section with named fields (a record), as opposed to a value or a list. */
    public static boolean isSection(Type type) {
        return type instanceof Class<?> c && (c.isRecord() || c == LeverResponses.class);
    }

    public static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    /** The element type of a {@code List<X>}. */
    public static Type elementType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    /** The type found at a path from the scenario root; throws {@link TreePathException} if the schema has no such field. */
    public static Type typeAt(String path) {
        return typeAt(null, path);
    }

    /**
     * The type found at a path in a scenario tree ({@code root} may be null: no file). A campaign's
     * fields are those of the lever the tree gives it, so {@code campaigns[3].amount} is a number
     * on a red packet and unknown on an emotion campaign.
     */
    public static Type typeAt(JsonNode root, String path) {
        Type type = Scenario.class;
        JsonNode node = root;
        String walked = "";
        for (ScenarioPath.Step step : ScenarioPath.parse(path)) {
            type = step.isField() ? fieldType(type, node, walked, step.name()) : elementTypeOf(type, walked);
            if (node != null) {
                node = step.isField() ? node.get(step.name()) : node.get(step.index());
            }
            walked = step.isField() ? ScenarioPath.field(walked, step.name()) : ScenarioPath.element(walked, step.index());
        }
        return type;
    }

    /** Accepted file spellings of an enum: its {@code @JsonProperty} names. */
    public static List<String> enumValues(Class<?> enumType) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty spelled = enumType.getField(name).getAnnotation(JsonProperty.class);
                values.add(spelled == null ? name : spelled.value());
            } catch (NoSuchFieldException impossible) {
                values.add(name);
            }
        }
        return values;
    }

    /** How a planner would describe the values a field takes, for "expected ..." messages. */
    public static String describe(Type type) {
        if (type == LeverSpec.class) {
            return "one of " + String.join(", ", LeverCatalog.names());
        }
        if (isList(type)) {
            return "a list";
        }
        if (isSection(type)) {
            return "a mapping of fields (" + String.join(", ", fields((Class<?>) type).keySet()) + ")";
        }
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return "one of " + String.join(", ", enumValues(c));
        }
        return "text";
    }

    private static Type fieldType(Type type, JsonNode node, String walked, String name) {
        String here = ScenarioPath.field(walked, name);
        if (!isSection(type)) {
            throw new TreePathException(here, "'" + (walked.isEmpty() ? name : walked) + "' has no fields: it is " + describe(type));
        }
        Map<String, Type> fields = fields((Class<?>) type, node);
        Type found = fields.get(name);
        if (found == null) {
            throw new TreePathException(here, unknownField(name, (Class<?>) type, node));
        }
        return found;
    }

    /**
     * "unknown field" in the section's words; on a campaign it names the lever, and the levers that
     * do have the field: {@code amount} is a red packet's, not an emotion campaign's.
     */
    static String unknownField(String name, Class<?> section, JsonNode node) {
        Optional<Class<? extends LeverSpec>> lever = section == Campaign.class ? leverOf(node) : Optional.empty();
        String message = unknownField(name, fields(section, node).keySet());
        if (lever.isEmpty()) {
            return message;
        }
        List<String> owners = new ArrayList<>();
        for (Class<? extends LeverSpec> k : LeverCatalog.all()) {
            if (recordFields(k).containsKey(name)) {
                owners.add(LeverCatalog.defaults(k).name());
            }
        }
        return owners.isEmpty() ? message : message + "; " + LeverCatalog.defaults(lever.get()).name() + " has no " + name
                + ", it is a field of " + String.join(", ", owners);
    }

    private static Type elementTypeOf(Type type, String walked) {
        if (!isList(type)) {
            throw new TreePathException(walked, "not a list, cannot be indexed");
        }
        return elementType(type);
    }

    /** Same words whether the unknown field is in the file or in a {@code --set}. */
    static String unknownField(String name, Iterable<String> valid) {
        return "unknown field '" + name + "' (valid: " + String.join(", ", valid) + ")";
    }
}
