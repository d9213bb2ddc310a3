package shequn.scenario;

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
        assertEquals(Lever.values().length, lever.get("enum").size());
    }

    @Test
    void readmeDocumentsEveryField() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        collect(JsonSchema.generate(), "", readme, missing);
        assertTrue(missing.isEmpty(), "fields missing from the README's scenario format: " + missing);
    }

    static void collect(JsonNode node, String path, String readme, List<String> missing) {
        JsonNode props = node.has("items") ? node.get("items").get("properties") : node.get("properties");
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
