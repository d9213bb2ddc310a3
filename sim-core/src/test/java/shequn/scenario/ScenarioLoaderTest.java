package shequn.scenario;

import shequn.campaigns.levers.VipPruning;
import shequn.campaigns.levers.RedPacket;
import shequn.campaigns.levers.Event;
import shequn.campaigns.levers.Coupon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/scenarios");

    @Test
    void emptyFileIsTheDefaultScenario() throws Exception {
        Scenario s = ScenarioLoader.parse("", "empty.yaml", null, List.of());

        assertEquals("unnamed", s.name());
        assertEquals("", s.description());
        assertEquals(365, s.days());
        assertEquals(1L, s.seed());
        assertEquals(10_000, s.population().consumers());
        assertEquals(0.35, s.population().segments().young());
        assertEquals(0.40, s.population().segments().middle());
        assertEquals(0.25, s.population().segments().senior());
        assertEquals(0.20, s.population().tiers().high());
        assertEquals(0.15, s.population().needRate());
        assertEquals(80.0, s.population().basket().mid());
        assertEquals(Network.Type.SMALL_WORLD, s.network().type());
        assertEquals(10.0, s.network().meanDegree());
        assertEquals(null, s.network().file());
        assertEquals(List.of(Store.defaults("main")), s.stores());
        assertEquals(0.75, s.stores().get(0).unitCost());
        assertEquals(500, s.stores().get(0).skus());
        assertTrue(s.kols().isEmpty());
        assertTrue(s.groups().isEmpty());
        assertTrue(s.campaigns().isEmpty());
        assertEquals(Behaviour.defaults(), s.behaviour());
        assertEquals(0.6, s.behaviour().conversion());
        assertEquals(90, s.behaviour().lapseDays());
    }

    @Test
    void commentsOnlyAndEmptyJsonObjectAreDefaultsToo() throws Exception {
        Scenario defaults = ScenarioLoader.parse("", "empty.yaml", null, List.of());
        assertEquals(defaults, ScenarioLoader.parse("# nothing yet\n\n", "c.yaml", null, List.of()));
        assertEquals(defaults, ScenarioLoader.parse("{}", "e.json", null, List.of()));
        assertEquals(defaults, ScenarioLoader.parse("{}", "e.json", null, null));
    }

    @Test
    void fullExampleLoadsEveryField() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("full.yaml"), List.of());

        assertEquals("two-stores", s.name());
        assertEquals(180, s.days());
        assertEquals(42L, s.seed());
        assertEquals(20_000, s.population().consumers());
        assertEquals(0.45, s.population().segments().middle());
        assertEquals(0.15, s.population().tiers().high());
        assertEquals(75.5, s.population().basket().mid());
        assertEquals(Network.Type.SCALE_FREE, s.network().type());
        assertEquals(8.0, s.network().meanDegree());
        assertEquals(List.of("main", "north"), s.stores().stream().map(Store::id).toList());
        assertEquals(0.95, s.stores().get(0).priceLevel());
        assertTrue(s.stores().get(0).onlineOrdering());
        assertEquals(Store.defaults("north"), s.stores().get(1));
        Kol kol = s.kols().get(0);
        assertEquals(Kol.Kind.IN_HOUSE, kol.kind());
        assertEquals(Interest.HEALTH, kol.interest());
        assertEquals(500.0, kol.costPerLivestream());
        Group deals = s.groups().get(0);
        assertEquals(Group.SegmentTarget.MIDDLE, deals.segment());
        assertEquals(50, deals.initialMembers());
        assertEquals(3.0, deals.postsPerDay());
        assertTrue(s.groups().get(1).vip());
        assertEquals(Group.TierTarget.HIGH, s.groups().get(1).tier());
        assertEquals(0.02, s.behaviour().tieDecay());
        assertEquals(45, s.behaviour().lapseDays());
        assertEquals(0.06, s.behaviour().womWeak(), "unset behaviour keeps its default");
        Campaign packets = s.campaigns().get(1);
        assertEquals(new RedPacket(88.0), packets.lever());
        assertEquals("weekly packets", packets.name());
        assertEquals(88.0, packets.lever(RedPacket.class).amount());
        assertEquals(Event.Channel.ONLINE, s.campaigns().get(5).lever(Event.class).channel());
        assertEquals(30, s.campaigns().get(2).every(), "a livestream's own every");
        assertEquals(29, s.campaigns().get(0).end());
        assertEquals(0.15, s.campaigns().get(3).lever(Coupon.class).discount());
        assertEquals(new VipPruning(40.0), s.campaigns().get(4).lever());
    }

    @Test
    void fullExampleRoundTripsThroughYaml() throws Exception {
        Scenario original = ScenarioLoader.load(FIXTURES.resolve("full.yaml"), List.of());
        String written = StrictMappers.YAML.writeValueAsString(original);

        assertEquals(original, ScenarioLoader.parse(written, "written.yaml", null, List.of()));
        assertTrue(written.contains("mean_degree:"), "written in file spelling");
        assertTrue(written.contains("scale-free"), "enums written in file spelling");
    }

    @Test
    void jsonIsAcceptedAndMeansTheSame() throws Exception {
        Scenario yaml = ScenarioLoader.load(FIXTURES.resolve("full.yaml"), List.of());
        Scenario json = ScenarioLoader.load(FIXTURES.resolve("full.json"), List.of());

        assertEquals(yaml, json);
    }

    @Test
    void ymlExtensionIsYaml(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.yml"), "days: 30\n");

        assertEquals(30, ScenarioLoader.load(file, List.of()).days());
    }

    @Test
    void edgeListIsResolvedNextToTheScenarioFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("nets"));
        Files.writeString(dir.resolve("nets/ties.csv"), "a,b\n0,1\n");
        Path file = Files.writeString(dir.resolve("plan.yaml"), "network: {type: edge-list, file: nets/ties.csv}\n");

        Scenario s = ScenarioLoader.load(file, List.of());

        assertEquals(dir.resolve("nets/ties.csv").toAbsolutePath().normalize().toString(), s.network().file());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        assertEquals(7, ScenarioLoader.parse("\uFEFFdays: 7\n", "bom.yaml", null, List.of()).days());
    }

    @Test
    void nullMeansDefault() throws Exception {
        Scenario s = ScenarioLoader.parse("days: ~\nnetwork:\n", "n.yaml", null, List.of());

        assertEquals(365, s.days());
        assertEquals(Network.Type.SMALL_WORLD, s.network().type());
        assertFalse(s.stores().isEmpty());
    }
}
