package shequn.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * A JSON Schema (draft 2020-12) of the scenario format, generated from the records themselves so
 * that it cannot drift from what the loader accepts. Editors use it for completion and checks:
 * put {@code # yaml-language-server: $schema=shequn.schema.json} at the top of a scenario file.
 * Defaults are read off a record built from nothing (its compact constructor fills them in).
 */
public final class JsonSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSchema() {
    }

    public static ObjectNode generate() {
        ObjectNode root = section(Scenario.class);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "shequn scenario");
        root.put("description", "A community-retail strategy scenario for shequn; every field is optional.");
        return root;
    }

    static ObjectNode section(Class<?> record) {
        if (record == Campaign.class) {
            return campaign();
        }
        return closed(ScenarioSchema.fields(record), defaultsOf(record));
    }

    /**
     * A campaign: one closed variant per lever ({@code oneOf}, told apart by {@code lever}'s constant),
     * each with the shared fields and the lever's own, and the defaults of a campaign of that lever.
     */
    static ObjectNode campaign() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "object");
        node.putArray("required").add("lever");
        node.putObject("properties").set("lever", of(LeverSpec.class));
        ArrayNode variants = node.putArray("oneOf");
        for (Class<? extends LeverSpec> kind : LeverCatalog.all()) {
            LeverSpec defaults = LeverCatalog.defaults(kind);
            ObjectNode variant = closed(ScenarioSchema.campaignFields(kind),
                    new Campaign(defaults, null, null, null, null, null, null, null, null));
            variant.putArray("required").add("lever");
            ((ObjectNode) variant.get("properties")).set("lever", MAPPER.createObjectNode().put("const", defaults.name()));
            variants.add(variant);
        }
        return node;
    }

    private static ObjectNode closed(Map<String, Type> fields, Object defaults) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "object");
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        for (Map.Entry<String, Type> field : fields.entrySet()) {
            ObjectNode property = of(field.getValue());
            Object value = defaults == null ? null : valueOf(defaults, field.getKey());
            if (value != null && !(value instanceof Iterable) && !ScenarioSchema.isSection(value.getClass())) {
                property.set("default", MAPPER.valueToTree(value instanceof Enum<?> e ? spelled(e) : value));
            }
            properties.set(field.getKey(), property);
        }
        return node;
    }

    static ObjectNode of(Type type) {
        if (ScenarioSchema.isList(type)) {
            ObjectNode node = MAPPER.createObjectNode().put("type", "array");
            node.set("items", of(ScenarioSchema.elementType(type)));
            return node;
        }
        if (ScenarioSchema.isSection(type)) {
            return section((Class<?>) type);
        }
        ObjectNode node = MAPPER.createObjectNode();
        if (type == LeverSpec.class) {
            ArrayNode values = node.putArray("enum");
            LeverCatalog.names().forEach(values::add);
        } else if (type == Integer.class || type == Long.class) {
            node.put("type", "integer");
        } else if (type == Double.class) {
            node.put("type", "number");
        } else if (type == Boolean.class) {
            node.put("type", "boolean");
        } else if (type instanceof Class<?> c && c.isEnum()) {
            ArrayNode values = node.putArray("enum");
            ScenarioSchema.enumValues(c).forEach(values::add);
        } else {
            node.put("type", "string");
        }
        return node;
    }

    /** The record with every component null, i.e. all defaults; null when a record cannot be built so. */
    static Object defaultsOf(Class<?> record) {
        try {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return record.getDeclaredConstructor(types).newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static Object valueOf(Object record, String fileName) {
        if (record instanceof Campaign c) {
            return c.field(fileName);
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (ScenarioSchema.fileName(c.getName()).equals(fileName)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String spelled(Enum<?> e) {
        int k = e.ordinal();
        return ScenarioSchema.enumValues(e.getDeclaringClass()).get(k);
    }

    public static String text() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) throws com.fasterxml.jackson.core.JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
