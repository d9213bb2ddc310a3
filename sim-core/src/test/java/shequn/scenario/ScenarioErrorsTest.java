package shequn.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bad input is reported as one line, at the line and column of the field at fault. */
class ScenarioErrorsTest {

    static ScenarioException error(String text, String... sets) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "s.yaml", null, List.of(sets)));
    }

    static void assertReported(String expectedStart, ScenarioException e) {
        assertTrue(e.getMessage().startsWith(expectedStart), () -> "got: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void unknownFieldIsReportedOnItsOwnLineNotAtTheEndOfTheSection() {
        ScenarioException e = error("""
                population:
                  consumers: 100
                  colour: red
                  aware: 0.5
                  loyalty: 0.5
                """);

        assertReported("s.yaml:3:3: population.colour: unknown field 'colour' (valid: consumers, segments,", e);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("population.colour", e.path());
        assertTrue(e.problem().contains("aware"), "lists the valid fields");
    }

    @Test
    void unknownFieldInsideAListElement() {
        ScenarioException e = error("""
                campaigns:
                  - lever: coupon
                  - lever: red_packet
                    budjet: 500
                """);

        assertReported("s.yaml:4:5: campaigns[1].budjet: unknown field 'budjet' (valid: lever, name,", e);
        assertTrue(e.problem().endsWith("; did you mean 'budget'?"), e.problem());
    }

    @Test
    void aMisspeltIdGetsAGuess() {
        ScenarioException e = error("""
                kols:
                  - id: host_xiaomei
                    kind: online
                    followers: 10
                campaigns:
                  - lever: kol_post
                    kol: host_xiaomi
                """);
        assertTrue(e.getMessage().contains("no KOL 'host_xiaomi' (kols: host_xiaomei); did you mean 'host_xiaomei'?"),
                e.getMessage());
    }

    @Test
    void aFarOffNameGetsNoGuess() {
        assertTrue(ScenarioSchema.unknownField("credibilty", java.util.List.of("id", "credibility", "followers"))
                .endsWith("; did you mean 'credibility'?"));
        assertTrue(ScenarioSchema.unknownField("colour", java.util.List.of("consumers", "segments", "aware"))
                .endsWith("(valid: consumers, segments, aware)"), "no guess when nothing is close");
    }

    @Test
    void textWhereANumberIsExpected() {
        assertReported("s.yaml:2:3: population.consumers: expected a whole number, got 'many'",
                error("population:\n  consumers: many\n"));
        assertReported("s.yaml:3:5: campaigns[0].budget: expected a number, got '500'",
                error("campaigns:\n  - lever: coupon\n    budget: '500'\n"));
    }

    @Test
    void fractionWhereAWholeNumberIsExpected() {
        assertReported("s.yaml:1:1: days: expected a whole number, got 3.7", error("days: 3.7\n"));
        assertReported("s.yaml:3:5: groups[0].max_size: expected a whole number, got 200.5",
                error("groups:\n  - id: g\n    max_size: 200.5\n"));
    }

    @Test
    void numbersAndBooleansAreNotTakenForEachOther() {
        assertReported("s.yaml:3:5: groups[0].manager: expected true or false, got 1",
                error("groups:\n  - id: g\n    manager: 1\n"));
        assertReported("s.yaml:3:5: stores[0].id: expected text, got 7", error("stores:\n  - catchment: 1\n    id: 7\n"));
    }

    @Test
    void wholeNumberTooLarge() {
        assertReported("s.yaml:2:3: population.consumers: expected a whole number up to 2147483647, got 3000000000",
                error("population:\n  consumers: 3000000000\n"));
    }

    @Test
    void negativeCount() {
        assertReported("s.yaml:4:5: groups[0].posts_per_day: must be at least 0, got -1",
                error("groups:\n  - id: g\n    max_size: 100\n    posts_per_day: -1\n"));
        assertReported("s.yaml:3:5: stores[0].event_capacity: must be at least 0, got -5",
                error("stores:\n  - id: main\n    event_capacity: -5\n"));
    }

    @Test
    void probabilityOutsideZeroToOne() {
        assertReported("s.yaml:2:3: population.aware: must be between 0 and 1, got 1.2",
                error("population:\n  aware: 1.2\n"));
        assertReported("s.yaml:2:3: behaviour.conversion: must be between 0 and 1, got -0.1",
                error("behaviour:\n  conversion: -0.1\n"));
        assertReported("s.yaml:3:5: campaigns[0].discount: must be between 0 and 1, got 15",
                error("campaigns:\n  - lever: coupon\n    discount: 15\n"));
    }

    @Test
    void sharesNotSummingToOne() {
        ScenarioException e = error("""
                population:
                  segments:
                    young: 0.3
                    middle: 0.3
                    senior: 0.3
                """);

        assertReported("s.yaml:2:3: population.segments: shares must sum to 1, they sum to 0.9", e);
    }

    @Test
    void omittedShareTakesItsDefaultInTheSum() {
        assertReported("s.yaml:2:3: population.tiers: shares must sum to 1, they sum to 1.1",
                error("population:\n  tiers: {low: 0.5, mid: 0.4}\n"));
    }

    @Test
    void campaignPastTheHorizon() {
        assertReported("s.yaml:4:5: campaigns[0].start: campaign on day 400 is past the horizon of 365 days",
                error("days: 365\ncampaigns:\n  - lever: coupon\n    start: 400\n"));
        assertReported("s.yaml:4:5: campaigns[0].end: day 30 is past the horizon of 30 days",
                error("days: 30\ncampaigns:\n  - lever: coupon\n    end: 30\n"));
    }

    @Test
    void referenceToAMissingStore() {
        ScenarioException e = error("""
                stores:
                  - id: main
                  - id: north
                groups:
                  - id: g
                    store: south
                """);

        assertReported("s.yaml:6:5: groups[0].store: no store 'south' (stores: main, north)", e);
    }

    @Test
    void referenceToAMissingKol() {
        assertReported("s.yaml:5:5: campaigns[0].kol: no KOL 'mei' (kols: li)",
                error("kols:\n  - id: li\ncampaigns:\n  - lever: kol_post\n    kol: mei\n"));
    }

    @Test
    void referenceToAMissingGroup() {
        assertReported("s.yaml:3:5: campaigns[0].group: no group 'vips' (groups: none declared)",
                error("campaigns:\n  - lever: emotion\n    group: vips\n"));
    }

    @Test
    void missingRequiredIdPointsAtItsListElement() {
        assertReported("s.yaml:3:5: kols[1].id: every KOL needs an id",
                error("kols:\n  - id: li\n  - followers: 30\n"));
    }

    @Test
    void malformedYaml() {
        ScenarioException e = error("days: 30\nname: a: b\n");

        assertReported("s.yaml:2:8: a field is indented under a value, or a value holds ': ' unquoted", e);
        assertEquals("", e.path());
    }

    @Test
    void parserTextsAreSaidInWords() {
        assertReported("s.yaml:3:3: the indentation does not line up",
                error("population:\n    consumers: 100\n  need_rate: 0.1\n"));
        assertReported("s.yaml:2:1: a tab character: YAML is indented with spaces only", error("days: 3\n\tname: x\n"));
        assertReported("s.yaml: nested too deeply", error("name: " + "[".repeat(1100) + "]".repeat(1100) + "\n"));
        assertReported("s.json:1:", assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("{\"days\": ", "s.json", null, List.of())));
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheirName() {
        String refused = "YAML aliases (*name) are not supported: write the value out in full";
        assertReported("s.yaml:2:7: seed: " + refused, error("days: &d 30\nseed: *d\n"));
        assertReported("s.yaml:1:7: name: " + refused, error("name: *n\n")); // an undefined alias too
        assertReported("s.yaml:2:3: " + refused, error("a: &x {b: 1}\n*x : 2\n"));
        assertReported("s.yaml:2:13: population: " + refused, error("base: &p {consumers: 100}\npopulation: *p\n"));
    }

    @Test
    void aLongValueIsNotEchoedWhole() {
        ScenarioException e = error("days: " + "x".repeat(100_000) + "\n");
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertTrue(e.getMessage().endsWith("…'"), e.getMessage());
        assertTrue(error("days: 3\n", "days=" + "y".repeat(5000)).getMessage().length() < 300);
    }

    @Test
    void emptyStoresIsNotTheDefaultStore() {
        assertReported("s.yaml:1:1: stores: an empty list", error("stores: []\n"));
        assertReported("--set stores=[]: stores: an empty list", error("days: 3\n", "stores=[]"));
    }

    @Test
    void sizesThatWouldOverflowAreRefused() {
        assertReported("s.yaml:1:21: stores[0].skus: must be between 1 and 1,000,000", error("stores: [{id: main, skus: 2147483647}]\n"));
        assertReported("s.yaml:1:23: population.basket.low: must be greater than 0 and at most 1,000,000 yuan a "
                + "purchase, got 1E+308", error("population: {basket: {low: 1e308}}\n"));
    }

    @Test
    void unclosedFlowListGivesTheProblemNotTheContext() {
        assertReported("s.yaml:2:1: expected the node content, but found '<stream end>'", error("days: [1,\n"));
    }

    @Test
    void malformedJson() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("{\"days\": 30,}", "s.json", null, List.of()));

        assertReported("s.json:1:13: Unexpected character ('}'", e);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));

        assertEquals(file + ": cannot read: no such file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void unsupportedExtension(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("plan.txt"), List.of()));

        assertEquals(dir.resolve("plan.txt") + ": unsupported file type: expected .yaml, .yml or .json", e.getMessage());
    }

    @Test
    void duplicateKey() {
        assertReported("s.yaml:3:3: network.type: duplicate key 'type' (first given at line 2)",
                error("network:\n  type: complete\n  type: none\n"));
    }

    @Test
    void duplicateKeyInJson() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("{\"days\": 30,\n \"days\": 40}", "s.json", null, List.of()));

        assertReported("s.json:2:2: days: duplicate key 'days' (first given at line 1)", e);
    }

    @Test
    void badEnumListsTheValuesAsWrittenInFiles() {
        assertReported("s.yaml:2:3: network.type: expected one of small-world, scale-free, homophilous-blocks, "
                + "complete, edge-list, none, clustered, got 'ring'", error("network:\n  type: ring\n"));
        assertReported("s.yaml:2:5: campaigns[0].lever: expected one of qr_code, staff_invite,",
                error("campaigns:\n  - lever: RED_PACKET\n"));
    }

    @Test
    void aFieldOfAnotherLeverIsRefusedAndItsOwnerNamed() {
        ScenarioException e = error("campaigns:\n  - lever: emotion\n    every: 7\n    amount: 100\n");
        assertReported("s.yaml:4:5: campaigns[0].amount: unknown field 'amount' (valid: lever, name, start, end, every, "
                + "store, group, kol, budget, unit_cost); emotion has no amount, it is a field of red_packet", e);
        assertReported("s.yaml:3:25: campaigns[1].discount: unknown field 'discount' (valid: lever, name, start, end, every, "
                + "store, group, kol, budget, amount); red_packet has no discount, it is a field of coupon",
                error("campaigns:\n  - {lever: coupon, discount: 0.2}\n  - {lever: red_packet, discount: 0.2}\n"));
        assertReported("--set campaigns[0].amount=5: campaigns[0].amount: unknown field 'amount' (valid: lever,",
                error("campaigns:\n  - lever: emotion\n", "campaigns[0].amount=5"));
    }

    @Test
    void aLeverFieldIsTypedByItsLever() {
        assertReported("s.yaml:3:5: campaigns[0].amount: expected a number, got 'lots'",
                error("campaigns:\n  - lever: red_packet\n    amount: lots\n"));
        assertReported("s.yaml:2:20: campaigns[0].channel: expected one of offline, online, got 'radio'",
                error("campaigns:\n  - {lever: event, channel: radio}\n"));
        assertReported("--set campaigns[0].rate=x: campaigns[0].rate: expected a number, got 'x'",
                error("campaigns:\n  - lever: referral\n", "campaigns[0].rate=x"));
    }

    @Test
    void leversSectionsAreTheLeversOwn() {
        assertReported("s.yaml:2:3: levers.red_pakcet: unknown field 'red_pakcet' (valid: referral, emotion,",
                error("levers:\n  red_pakcet: {gain: 1}\n"));
        assertReported("s.yaml:2:16: levers.red_packet.half_shar: unknown field 'half_shar' (valid: shares, gain, half_share,",
                error("levers:\n  red_packet: {half_shar: 1}\n"));
        assertReported("s.yaml:2:12: levers.coupon.pull: expected a number, got 'lots'",
                error("levers:\n  coupon: {pull: lots}\n"));
        assertReported("s.yaml:1:1: levers: expected a mapping of fields (referral, emotion,", error("levers: 5\n"));
    }

    @Test
    void everyCampaignNeedsALever() {
        assertReported("s.yaml:2:5: campaigns[0].lever: every campaign needs a lever (one of qr_code, staff_invite,",
                error("campaigns:\n  - start: 3\n    amount: 100\n"));
        assertReported("s.yaml:2:5: campaigns[0].lever: expected one of qr_code,",
                error("campaigns:\n  - lever: [red_packet]\n"));
    }

    @Test
    void numberForAnEnum() {
        assertReported("s.yaml:2:3: network.type: expected one of small-world,", error("network:\n  type: 2\n"));
    }

    @Test
    void emptyListEntry() {
        assertReported("s.yaml:2:4: stores[0]: empty entry", error("stores:\n  -\n  - id: x\n"));
    }

    @Test
    void scalarWhereAListIsExpected() {
        assertReported("s.yaml:1:1: stores: expected a list, got 'main'", error("stores: main\n"));
    }

    @Test
    void fileThatIsNotAMapping() {
        assertReported("s.yaml:1:1: expected a mapping of fields (name, description, days,", error("- a\n- b\n"));
    }

    @Test
    void secondYamlDocument() {
        assertReported("s.yaml:3:1: a second document in the file", error("days: 30\n---\ndays: 40\n"));
    }

    @Test
    void firstProblemInSchemaOrderIsReported() {
        ScenarioException e = error("behaviour:\n  conversion: 2\ndays: 0\n");

        assertReported("s.yaml:3:1: days: must be between 1 and 3650, got 0", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"days: .inf\n", "population:\n  aware: .nan\n", "stores:\n  - catchment: -.inf\n"})
    void infinitiesAndNotANumberAreRejected(String text) {
        ScenarioException e = error(text);

        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void exceptionCarriesNoStackTrace() {
        assertEquals(0, error("days: 0\n").getStackTrace().length);
    }
}
