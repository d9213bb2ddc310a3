package shequn.scenario;

import shequn.campaigns.levers.Lever;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioPathTest {

    @Test
    void parsesFieldsAndIndices() {
        assertEquals(List.of(new ScenarioPath.Step("campaigns", -1), new ScenarioPath.Step(null, 2),
                new ScenarioPath.Step("unit_cost", -1)), ScenarioPath.parse("campaigns[2].unit_cost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".days", "days.", "[0]", "stores[]", "stores[-1]", "stores[0]x", "a..b", "a b"})
    void rejectsMalformedPaths(String path) {
        assertThrows(TreePathException.class, () -> ScenarioPath.parse(path));
    }

    @Test
    void parentsAndContainment() {
        assertEquals("campaigns[2]", ScenarioPath.parent("campaigns[2].budget"));
        assertEquals("campaigns", ScenarioPath.parent("campaigns[2]"));
        assertEquals("", ScenarioPath.parent("days"));
        assertTrue(ScenarioPath.within("campaigns[2].budget", "campaigns[2]"));
        assertTrue(ScenarioPath.within("campaigns[2]", "campaigns"));
        assertFalse(ScenarioPath.within("campaigns[2]", "campaigns[20]"));
        assertFalse(ScenarioPath.within("days_extra", "days"));
    }

    @Test
    void schemaKnowsFileSpellingAndTypes() {
        assertEquals(Double.class, ScenarioSchema.typeAt("population.basket.mid"));
        assertEquals(Integer.class, ScenarioSchema.typeAt("groups[3].max_size"));
        assertEquals(LeverSpec.class, ScenarioSchema.typeAt("campaigns[0].lever"));
        assertEquals(Double.class, ScenarioSchema.typeAt("campaigns[3].amount"), "without a file: any lever's field");
        assertTrue(ScenarioSchema.fields(Behaviour.class).containsKey("co_member_tie_rate"));
        assertEquals(List.of("in_house", "local", "online"), ScenarioSchema.enumValues(Kol.Kind.class));
    }

    @Test
    void aCampaignFieldIsTypedByTheLeverTheTreeGivesIt() throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = StrictMappers.YAML.readTree(
                "campaigns: [{lever: red_packet}, {lever: emotion}, {lever: event}]");
        assertEquals(Double.class, ScenarioSchema.typeAt(root, "campaigns[0].amount"));
        assertEquals(Integer.class, ScenarioSchema.typeAt(root, "campaigns[1].every"));
        assertEquals(shequn.campaigns.levers.Event.Channel.class, ScenarioSchema.typeAt(root, "campaigns[2].channel"));
        TreePathException e = org.junit.jupiter.api.Assertions.assertThrows(TreePathException.class,
                () -> ScenarioSchema.typeAt(root, "campaigns[1].amount"));
        assertTrue(e.problem().contains("emotion has no amount, it is a field of red_packet"), e.problem());
    }

    @Test
    void fieldsOfTheSameNameHaveOneTypeOnEveryLever() {
        java.util.Map<String, java.lang.reflect.Type> seen = new java.util.HashMap<>(ScenarioSchema.fields(Campaign.class));
        for (Class<? extends Lever> kind : Lever.kinds()) {
            ScenarioSchema.campaignFields(kind).forEach((name, type) -> assertEquals(seen.get(name), type, name));
        }
    }

    @Test
    void sourceMapLocatesFieldsAndListElementsInJson() throws Exception {
        String json = "{\n  \"stores\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"skus\": 3}\n  ]\n}";
        try (JsonParser parser = StrictMappers.JSON.createParser(json)) {
            SourceMap map = SourceMap.scan(parser);

            assertEquals(new SourceMap.Location(2, 3), map.locate("stores"));
            assertEquals(new SourceMap.Location(4, 5), map.locate("stores[1]"));
            assertEquals(new SourceMap.Location(4, 17), map.locate("stores[1].skus"));
            assertEquals(new SourceMap.Location(4, 5), map.locate("stores[1].catchment"), "falls back to the element");
        }
    }
}
