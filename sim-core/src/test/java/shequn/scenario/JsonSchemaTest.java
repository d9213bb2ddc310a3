package shequn.scenario;

import shequn.campaigns.levers.Lever;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema for editors and the README's format tables must both follow the records. */
class JsonSchemaTest {
    static final Path ROOT = locate();

    @Test
    void committedSchemaIsCurrent() throws Exception {
        String committed = Files.readString(ROOT.resolve("scenarios/shequn.schema.json"));
        assertEquals(JsonSchema.text(), committed,
                "regenerate with: ./shequn schema --out scenarios/shequn.schema.json");
    }

    @Test
    void schemaIsClosedTypedAndCarriesDefaults() throws Exception {
        JsonNode s = JsonSchema.parse(JsonSchema.text());
        assertEquals(false, s.get("additionalProperties").asBoolean());
        JsonNode population = s.get("properties").get("population");
        assertEquals(false, population.get("additionalProperties").asBoolean());
        assertEquals("integer", population.get("properties").get("consumers").get("type").asText());
        assertEquals(10000, population.get("properties").get("consumers").get("default").asInt());
        assertEquals("small-world", s.get("properties").get("network").get("properties").get("type").get("default").asText());
        JsonNode lever = s.get("properties").get("campaigns").get("items").get("properties").get("lever");
        assertEquals(Lever.kinds().size(), lever.get("enum").size());
        JsonNode variants = s.get("properties").get("campaigns").get("items").get("oneOf");
        assertEquals(Lever.kinds().size(), variants.size(), "one closed variant per lever");
        JsonNode redPacket = variants.get(Lever.names().indexOf("red_packet"));
        assertEquals("red_packet", redPacket.get("properties").get("lever").get("const").asText());
        assertEquals(false, redPacket.get("additionalProperties").asBoolean());
        assertEquals(100.0, redPacket.get("properties").get("amount").get("default").asDouble());
        assertEquals(7, redPacket.get("properties").get("every").get("default").asInt(), "the lever's own every");
        JsonNode emotion = variants.get(Lever.names().indexOf("emotion"));
        assertEquals(null, emotion.get("properties").get("amount"), "amount is a red packet's field only");
    }

    @Test
    void readmeDocumentsEveryField() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        collect(JsonSchema.generate(), "", readme, missing);
        assertTrue(missing.isEmpty(), "fields missing from the README's scenario format: " + missing);
    }

    static void collect(JsonNode node, String path, String readme, List<String> missing) {
        JsonNode section = node.has("items") ? node.get("items") : node;
        if (section.has("oneOf")) {
            section.get("oneOf").forEach(variant -> collect(variant, path, readme, missing));
        }
        JsonNode props = section.get("properties");
        if (props == null) {
            return;
        }
        props.fieldNames().forEachRemaining(name -> {
            if (!readme.contains("`" + name + "`") && !readme.contains(name + ":")) {
                missing.add(path + name);
            }
            collect(props.get(name), path + name + ".", readme, missing);
        });
    }

    static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scenarios/shequn.schema.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
