package shequn.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;

/**
 * Binds a flat campaign mapping ({@code {lever: red_packet, every: 14, amount: 100}}) to a
 * {@link Campaign}: {@code lever} picks the lever record, the shared fields go to the campaign and
 * the rest to the lever, which refuses any field it does not have. Failures carry the field's path,
 * so they read like every other binding error ({@code campaigns[3].amount: …}).
 */
final class CampaignBinding extends StdDeserializer<Campaign> {

    CampaignBinding() {
        super(Campaign.class);
    }

    @Override
    public Campaign deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return (Campaign) ctxt.handleUnexpectedToken(Campaign.class, p.currentToken(), p,
                    "expected " + ScenarioSchema.describe(Campaign.class));
        }
        ObjectNode node = (ObjectNode) tree;
        Class<? extends LeverSpec> kind = kind(p, node.get("lever"));
        Map<String, Type> shared = Campaign.sharedFields();
        ObjectNode own = node.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!shared.containsKey(field.getKey())) {
                own.set(field.getKey(), field.getValue());
            }
        }
        LeverSpec lever = ctxt.readTreeAsValue(own, kind);
        RecordComponent[] components = Campaign.class.getRecordComponents();
        Object[] values = new Object[components.length];
        values[0] = lever;
        for (int i = 1; i < components.length; i++) {
            String name = ScenarioSchema.fileName(components[i].getName());
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                try {
                    values[i] = ctxt.readTreeAsValue(value, components[i].getType());
                } catch (JsonMappingException e) {
                    e.prependPath(Campaign.class, name);
                    throw e;
                }
            }
        }
        return new Campaign(lever, (String) values[1], (Integer) values[2], (Integer) values[3], (Integer) values[4],
                (String) values[5], (String) values[6], (String) values[7], (Double) values[8]);
    }

    private static Class<? extends LeverSpec> kind(JsonParser p, JsonNode lever) throws JsonMappingException {
        String choices = String.join(", ", LeverCatalog.names());
        if (lever == null || lever.isNull()) {
            throw atLever(p, "every campaign needs a lever (one of " + choices + ")");
        }
        if (!lever.isTextual() || LeverCatalog.named(lever.asText()).isEmpty()) {
            throw atLever(p, "expected one of " + choices + ", got " + (lever.isTextual() ? "'" + lever.asText() + "'"
                    : lever.isContainerNode() ? (lever.isArray() ? "a list" : "a mapping") : lever.asText()));
        }
        return LeverCatalog.named(lever.asText()).orElseThrow();
    }

    private static JsonMappingException atLever(JsonParser p, String message) {
        JsonMappingException e = JsonMappingException.from(p, message);
        e.prependPath(Campaign.class, "lever");
        return e;
    }
}
