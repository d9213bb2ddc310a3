package shequn.campaigns.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import shequn.scenario.LeverCatalog;
import shequn.scenario.LeverResponses;
import shequn.scenario.ScenarioSchema;

/** The levers as declared: a registry read off the sealed interface, and a README that follows it. */
class LeverDeclarationsTest {

    @Test
    void everyPermittedLeverIsRegisteredUnderItsOwnName() {
        assertEquals(15, Lever.kinds().size());
        for (Class<? extends Lever> kind : Lever.kinds()) {
            Lever defaults = Lever.defaults(kind);
            assertEquals(kind, LeverCatalog.named(defaults.name()).orElseThrow());
            assertTrue(defaults.about().every() >= 1, defaults.name());
            String field = defaults.about().intensity().field();
            assertTrue(field == null || field.equals("every") || ScenarioSchema.campaignFields(kind).containsKey(field),
                    defaults.name() + "'s intensity is one of its fields");
        }
        assertTrue(LeverCatalog.named("RED_PACKET").isEmpty(), "only file spellings");
        assertEquals(List.copyOf(Lever.kinds()), LeverCatalog.all(), "the scenario sees the permits list, in order");
    }

    @Test
    void readmeCampaignTableFollowsTheDeclarations() throws Exception {
        String all = Files.readString(root().resolve("README.md"));
        String readme = all.substring(all.indexOf("### `campaigns`"), all.indexOf("### `levers`"));
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Lever> kind : Lever.kinds()) {
            Lever defaults = Lever.defaults(kind);
            String row = readme.lines().filter(l -> l.startsWith("| `" + defaults.name() + "` |")).findFirst().orElse(null);
            if (row == null) {
                wrong.add(defaults.name() + ": no row");
                continue;
            }
            String[] cells = row.split("\\|");
            String expected = " `" + defaults.name() + "` | " + defaults.about().step().name().toLowerCase(Locale.ROOT)
                    + " | " + ownFields(defaults) + " | " + defaults.about().every() + " ";
            String actual = String.join("|", List.of(cells).subList(1, 5));
            if (!actual.equals(expected)) {
                wrong.add(defaults.name() + ": README has |" + actual + "| but the lever declares |" + expected + "|");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void readmeLeversTableNamesEveryResponseCoefficient() throws Exception {
        String readme = Files.readString(root().resolve("README.md"));
        List<String> missing = new ArrayList<>();
        for (var section : LeverResponses.sections().entrySet()) {
            String lever = section.getKey();
            assertNotNull(LeverCatalog.named(lever).orElse(null), "levers." + lever + " is a lever");
            for (RecordComponent field : section.getValue().getRecordComponents()) {
                String name = ScenarioSchema.fileName(field.getName());
                boolean found = readme.lines().anyMatch(l -> l.startsWith("| `" + lever + "`:") && l.contains("`" + name + "`"));
                if (!found) {
                    missing.add("levers." + lever + "." + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "README's levers table lacks " + missing);
    }

    /** {@code `amount` 100, `unit_cost` 2}, or a dash for a lever with no fields of its own. */
    static String ownFields(Lever defaults) throws ReflectiveOperationException {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : defaults.getClass().getRecordComponents()) {
            Object value = c.getAccessor().invoke(defaults);
            String text = value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                    : value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
            fields.add("`" + ScenarioSchema.fileName(c.getName()) + "` " + text);
        }
        return fields.isEmpty() ? "—" : String.join(", ", fields);
    }

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("README.md")) && Files.isDirectory(p.resolve("sim-core"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
