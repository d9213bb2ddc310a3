package shequn.scenario;

import shequn.campaigns.levers.Coupon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class OverridesTest {

    static final Path FULL = ScenarioLoaderTest.FIXTURES.resolve("full.yaml");

    static Scenario full(String... sets) throws ScenarioException {
        return ScenarioLoader.load(FULL, List.of(sets));
    }

    static ScenarioException rejected(String... sets) {
        return assertThrows(ScenarioException.class, () -> full(sets));
    }

    @Test
    void settingsOfEveryKind() throws Exception {
        Scenario s = full("population.consumers=100000", "population.aware=0.25", "groups[1].manager=false",
                "network.type=homophilous-blocks", "campaigns[0].budget=5000", "population.segments.young=0.35",
                "population.segments.middle=0.4", "kols[0].interest=dance");

        assertEquals(100_000, s.population().consumers());
        assertEquals(0.25, s.population().aware());
        assertFalse(s.groups().get(1).manager());
        assertEquals(Network.Type.HOMOPHILOUS_BLOCKS, s.network().type());
        assertEquals(5000.0, s.campaigns().get(0).budget());
        assertEquals(0.35, s.population().segments().young());
        assertEquals(Interest.DANCE, s.kols().get(0).interest());
    }

    @Test
    void settingLeavesTheRestOfTheFileAlone() throws Exception {
        Scenario before = full();
        Scenario after = full("days=200");

        assertEquals(200, after.days());
        assertEquals(before.campaigns(), after.campaigns());
        assertEquals(before.population(), after.population());
    }

    @Test
    void sectionsTheFileLeavesOutAreCreated() throws Exception {
        Scenario s = ScenarioLoader.parse("", "e.yaml", null, List.of("population.basket.high=200", "behaviour.kol_gain=0.1"));

        assertEquals(200.0, s.population().basket().high());
        assertEquals(80.0, s.population().basket().mid(), "siblings keep their defaults");
        assertEquals(0.1, s.behaviour().kolGain());
    }

    @Test
    void laterSettingsWin() throws Exception {
        assertEquals(175, full("days=170", "days=175").days());
    }

    @Test
    void flowValuesReplaceWholeSections() throws Exception {
        Scenario s = full("stores=[{id: main}, {id: north, catchment: 3}]", "campaigns[3]={lever: coupon, discount: 0.2}");

        assertEquals(3.0, s.stores().get(1).catchment());
        assertEquals(0.2, s.campaigns().get(3).lever(Coupon.class).discount());
        assertEquals(0, s.campaigns().get(3).start(), "the old start went with the replaced campaign");
    }

    @Test
    void emptyOrNullValueIsRefused() {
        assertEquals("--set days=: days: no value after '=': write the value, e.g. days=… (leave the --set out to keep "
                + "the file's value)", rejected("days=").getMessage());
        assertTrue(rejected("days=~").getMessage().startsWith("--set days=~: days: '~' is YAML's null, not a value"));
        assertTrue(rejected("population.consumers=null").getMessage().contains("not a value"));
    }

    @Test
    void wrongTypeIsReportedAgainstTheSetting() {
        assertEquals("--set campaigns[0].budget=abc: campaigns[0].budget: expected a number, got 'abc'",
                rejected("campaigns[0].budget=abc").getMessage());
        assertEquals("--set days=3.7: days: expected a whole number, got 3.7", rejected("days=3.7").getMessage());
        assertEquals("--set groups[0].vip=maybe: groups[0].vip: expected true or false, got 'maybe'",
                rejected("groups[0].vip=maybe").getMessage());
    }

    @Test
    void settingGetsTheSameRangeChecksAsTheFile() {
        assertEquals("--set population.aware=2: population.aware: must be between 0 and 1, got 2",
                rejected("population.aware=2").getMessage());
        assertEquals("--set population.segments.young=0.5: population.segments: shares must sum to 1, they sum to 1.2",
                rejected("population.segments.young=0.5").getMessage());
        // The campaign is written in the file, so the file's line is where a planner fixes it.
        assertEquals(FULL + ":95:5: campaigns[4].start: campaign on day 120 is past the horizon of 100 days (last day 99)",
                rejected("days=100").getMessage());
    }

    @Test
    void unknownFieldInAPath() {
        ScenarioException e = rejected("campaigns[0].budjet=5");

        assertTrue(e.getMessage().startsWith("--set campaigns[0].budjet=5: campaigns[0].budjet: unknown field 'budjet' (valid: lever,"),
                e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void listElementThatDoesNotExist() {
        assertEquals("--set campaigns[7].budget=5: campaigns[7]: no such element: campaigns has 6 entries (indices 0 to 5)",
                rejected("campaigns[7].budget=5").getMessage());
    }

    @Test
    void indexIntoSomethingThatIsNotAList() {
        assertEquals("--set days[0]=5: days: not a list, cannot be indexed", rejected("days[0]=5").getMessage());
        assertEquals("--set days.max=5: days.max: 'days' has no fields: it is a whole number", rejected("days.max=5").getMessage());
    }

    @Test
    void malformedSettings() {
        assertEquals("--set days: expected path=value, e.g. population.consumers=100000", rejected("days").getMessage());
        assertTrue(rejected("campaigns[x].budget=1").getMessage().contains("malformed path"));
        assertTrue(rejected("days=[1,").getMessage().startsWith("--set days=[1,: days: cannot read the value:"));
    }

    @Test
    void treePathsAreUsableWithoutTheLoader() {
        ObjectNode root = StrictMappers.YAML.createObjectNode();
        Overrides.apply(root, "population.consumers", IntNode.valueOf(7));

        assertEquals(7, ScenarioTree.get(root, "population.consumers").asInt());
        assertTrue(ScenarioTree.get(root, "population.aware").isMissingNode());
        assertTrue(ScenarioTree.isKnownPath("behaviour.wom_strong"));
        assertFalse(ScenarioTree.isKnownPath("behaviour.wom_medium"));
        TreePathException e = assertThrows(TreePathException.class, () -> Overrides.apply(root, "stores[0].id", IntNode.valueOf(1)));
        assertEquals("stores[0]", e.path());
    }

    /** A sweep axis: the path, a random value in the valid range, and where it lands in the scenario. */
    record Axis(String path, Function<Random, Object> value, Function<Scenario, Object> read) {
    }

    static final List<Axis> AXES = List.of(
            new Axis("days", r -> 121 + r.nextInt(3000), Scenario::days),
            new Axis("seed", r -> r.nextLong(), Scenario::seed),
            new Axis("population.consumers", r -> 1 + r.nextInt(50_000_000), s -> s.population().consumers()),
            new Axis("population.aware", r -> r.nextDouble(), s -> s.population().aware()),
            new Axis("population.need_rate", r -> 0.001 + 9.9 * r.nextDouble(), s -> s.population().needRate()),
            new Axis("network.rewire", r -> r.nextDouble(), s -> s.network().rewire()),
            new Axis("network.type", r -> pick(r, "small-world", "scale-free", "homophilous-blocks", "none"),
                    s -> ScenarioSchema.enumValues(Network.Type.class).get(s.network().type().ordinal())),
            new Axis("stores[0].price_level", r -> 0.5 + r.nextDouble(), s -> s.stores().get(0).priceLevel()),
            new Axis("stores[1].online_ordering", r -> r.nextBoolean(), s -> s.stores().get(1).onlineOrdering()),
            new Axis("groups[0].max_size", r -> 50 + r.nextInt(451), s -> s.groups().get(0).maxSize()),
            new Axis("groups[1].manager_skill", r -> r.nextDouble(), s -> s.groups().get(1).managerSkill()),
            new Axis("kols[0].followers", r -> r.nextInt(20_001), s -> s.kols().get(0).followers()),
            new Axis("campaigns[0].budget", r -> 1e6 * r.nextDouble(), s -> s.campaigns().get(0).budget()),
            new Axis("campaigns[1].every", r -> 1 + r.nextInt(60), s -> s.campaigns().get(1).every()),
            new Axis("campaigns[3].discount", r -> r.nextDouble(), s -> s.campaigns().get(3).lever(Coupon.class).discount()),
            new Axis("behaviour.churn_hazard", r -> r.nextDouble() / 10, s -> s.behaviour().churnHazard()),
            new Axis("behaviour.lapse_days", r -> 1 + r.nextInt(365), s -> s.behaviour().lapseDays()));

    static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    @RepeatedTest(40)
    void randomValidSettingsAlwaysLoadAndLandWhereTheyPoint(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Axis> chosen = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Axis axis : AXES) {
            if (random.nextBoolean()) {
                Object value = axis.value().apply(random);
                chosen.add(axis);
                values.add(value);
                sets.add(axis.path() + "=" + value);
            }
        }
        Scenario s = full(sets.toArray(String[]::new));
        for (int i = 0; i < chosen.size(); i++) {
            Object read = chosen.get(i).read().apply(s);
            Object expected = values.get(i);
            if (read instanceof Long && expected instanceof Integer n) {
                expected = n.longValue();
            }
            assertEquals(expected, read, sets.get(i));
        }
    }

    @RepeatedTest(20)
    void randomOutOfRangeProbabilityIsAlwaysRejectedAtItsPath(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        List<String> shares = List.of("population.aware", "population.loyalty", "network.homophily",
                "stores[0].satisfaction", "groups[0].junk_share", "kols[0].credibility", "campaigns[3].discount",
                "behaviour.wom_weak", "behaviour.accept_invite", "behaviour.online_share");
        String path = shares.get(random.nextInt(shares.size()));
        double value = random.nextBoolean() ? 1 + 1e-9 + random.nextDouble() * 100 : -1e-9 - random.nextDouble() * 100;

        ScenarioException e = rejected(path + "=" + value);

        assertEquals(path, e.path());
        assertTrue(e.problem().startsWith("must be between 0 and 1"), e.getMessage());
    }
}
