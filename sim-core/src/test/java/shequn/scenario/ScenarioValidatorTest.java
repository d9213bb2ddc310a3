package shequn.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Semantic checks: each bad plan is refused at the field a planner has to change. */
class ScenarioValidatorTest {

    static ScenarioException refused(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml", null, List.of()));
    }

    static void assertRefused(String path, String problemStart, String yaml) {
        ScenarioException e = refused(yaml);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().startsWith(problemStart), e.getMessage());
        assertTrue(e.line() > 0, "located in the file: " + e.getMessage());
    }

    @Test
    void fullExampleHasNoProblems() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.FIXTURES.resolve("full.yaml"), List.of());

        assertEquals(List.of(), ScenarioValidator.problems(s, null));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws Exception {
        Scenario s = StrictMappers.YAML.readValue("""
                days: 0
                population: {aware: 3}
                groups: [{id: g, max_size: 900}]
                """, Scenario.class);

        List<String> paths = ScenarioValidator.problems(s, null).stream().map(ScenarioProblem::path).toList();

        assertEquals(List.of("days", "population.aware", "groups[0].max_size"), paths);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "days: 3651                                   | days                    | must be between 1 and 3650",
            "population: {consumers: 0}                   | population.consumers    | must be between 1 and 50000000",
            "population: {need_rate: 0}                   | population.need_rate    | must be greater than 0 and at most 10",
            "population: {need_rate: 11}                  | population.need_rate    | must be greater than 0 and at most 10",
            "population: {need_shape: 0}                  | population.need_shape   | must be greater than 0",
            "population: {basket: {mid: 0}}               | population.basket.mid   | must be greater than 0",
            "population: {basket_sigma: -0.1}             | population.basket_sigma | must be between 0 and 3",
            "population: {segments: {young: 1.2, middle: -0.2, senior: 0}} | population.segments.young | must be between 0 and 1",
            "network: {mean_degree: 10000}                | network.mean_degree     | must be at least 0 and less than the 10000 consumers",
            "network: {type: complete}                    | network.type            | complete needs a tie between every pair",
            "network: {type: edge-list}                   | network.file            | type edge-list needs file",
            "network: {file: ties.csv}                    | network.file            | only used with type: edge-list, but the type is small-world",
            "stores: [{id: a}, {id: a}]                   | stores[1].id            | another store already has id 'a'",
            "stores: [{id: ''}]                           | stores[0].id            | every store needs an id",
            "stores: [{catchment: 0}]                     | stores[0].catchment     | must be greater than 0",
            "stores: [{price_level: -1}]                  | stores[0].price_level   | must be greater than 0",
            "stores: [{skus: 0}]                          | stores[0].skus          | must be between 1 and 1,000,000",
            "kols: [{id: k, followers: 10001}]            | kols[0].followers       | must be between 0 and the 10000 consumers",
            "kols: [{id: k, cost_per_post: -5}]           | kols[0].cost_per_post   | must be between 0 and 1000000000",
            "kols: [{id: k}, {id: k}]                     | kols[1].id              | another KOL already has id 'k'",
            "kols: [{id: k, store: far}]                  | kols[0].store           | no store 'far' (stores: main)",
            "groups: [{id: g, max_size: 501}]             | groups[0].max_size      | must be between 1 and 500 (the platform's group limit)",
            "groups: [{id: g, max_size: 0}]               | groups[0].max_size      | must be between 1 and 500",
            "groups: [{id: g, max_size: 100, initial_members: 101}] | groups[0].initial_members | the group can hold 100",
            "groups: [{max_size: 10}]                     | groups[0].id            | every group needs an id",
            "groups: [{id: g}, {id: g}]                   | groups[1].id            | another group already has id 'g'",
            "behaviour: {weak_threshold: 0.01}            | behaviour.weak_threshold | must be above aware_threshold",
            "behaviour: {strong_threshold: 0.2}           | behaviour.strong_threshold | must be above weak_threshold",
            "behaviour: {advocate_threshold: 0.5}         | behaviour.advocate_threshold | must be at least strong_threshold",
            "behaviour: {advocate_threshold: 1.1}         | behaviour.advocate_threshold | must be between 0 and 1",
            "behaviour: {lapse_days: 0}                   | behaviour.lapse_days    | must be at least 1",
            "behaviour: {price_elasticity: -1}            | behaviour.price_elasticity | must be at least 0",
            "campaigns: [{lever: coupon, start: -1}]      | campaigns[0].start      | days count from 0",
            "campaigns: [{lever: coupon, start: 10, end: 5}] | campaigns[0].end      | ends on day 5, before it starts on day 10",
            "campaigns: [{lever: coupon, every: 0}]       | campaigns[0].every      | must be at least 1",
            "campaigns: [{lever: coupon, budget: -1}]     | campaigns[0].budget     | must be at least 0",
            "campaigns: [{lever: emotion, unit_cost: -1}] | campaigns[0].unit_cost  | must be at least 0",
            "campaigns: [{lever: red_packet, amount: -1}] | campaigns[0].amount     | must be at least 0",
            "campaigns: [{lever: share_incentive, commission: 1.5}] | campaigns[0].commission | must be between 0 and 1",
            "campaigns: [{lever: referral, rate: 2}]      | campaigns[0].rate       | must be between 0 and 1",
            "campaigns: [{lever: kol_post}]               | campaigns[0].lever      | kol_post needs a KOL, and kols is empty",
            "campaigns: [{lever: livestream}]             | campaigns[0].lever      | livestream needs a KOL",
            "campaigns: [{lever: vip_pruning}]            | campaigns[0].lever      | vip_pruning needs a group with vip: true",
            "campaigns: [{lever: coupon, store: nowhere}] | campaigns[0].store      | no store 'nowhere' (stores: main)"})
    void refusedAtTheFieldToChange(String yaml, String path, String problemStart) {
        assertRefused(path, problemStart, yaml);
    }

    @Test
    void completeNetworkIsFineForASmallTown() throws Exception {
        Scenario s = ScenarioLoader.parse("population: {consumers: 5000}\nnetwork: {type: complete}\n", "s.yaml", null, List.of());

        assertEquals(Network.Type.COMPLETE, s.network().type());
    }

    @Test
    void vipPruningNeedsTheVipGroupInItsOwnStore() throws Exception {
        String stores = "stores: [{id: main}, {id: north}]\n";
        String vipInMain = "groups: [{id: v, store: main, vip: true}]\n";

        assertRefused("campaigns[0].lever", "vip_pruning needs a group with vip: true in store 'north'",
                stores + vipInMain + "campaigns: [{lever: vip_pruning, store: north}]\n");
        Scenario ok = ScenarioLoader.parse(stores + vipInMain + "campaigns: [{lever: vip_pruning, store: main}]\n",
                "s.yaml", null, List.of());
        assertEquals(1, ok.campaigns().size());
    }

    @Test
    void campaignGroupMustBelongToItsStore() {
        assertRefused("campaigns[0].group", "group 'g' belongs to store 'main', not 'north'",
                "stores: [{id: main}, {id: north}]\ngroups: [{id: g}]\ncampaigns: [{lever: emotion, store: north, group: g}]\n");
    }

    @Test
    void aTinyTownWithItsOwnEdgeListKeepsTheDefaultMeanDegree(@TempDir Path dir) throws Exception {
        // mean_degree only estimates an edge list's memory: 5 households need no mean degree below 5
        Files.writeString(dir.resolve("ties.csv"), "a,b\n0,1\n1,2\n");
        Path file = Files.writeString(dir.resolve("tiny.yaml"), "population: {consumers: 5}\nnetwork: {type: edge-list, file: ties.csv}\n");

        assertEquals(10.0, ScenarioLoader.load(file, List.of()).network().meanDegree());
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of("network.mean_degree=-1")));
    }

    @Test
    void edgeListMustExistNextToTheScenario(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "network:\n  type: edge-list\n  file: ties.csv\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));

        assertEquals(file + ":3:3: network.file: no such file: " + dir.resolve("ties.csv").toAbsolutePath(), e.getMessage());
        Files.writeString(dir.resolve("ties.csv"), "0,1\n");
        assertEquals(Network.Type.EDGE_LIST, ScenarioLoader.load(file, List.of()).network().type());
    }

    @Test
    void sharesWithinToleranceAreAccepted() throws Exception {
        Scenario s = ScenarioLoader.parse("population: {tiers: {low: 0.3333333, mid: 0.3333333, high: 0.3333334}}\n",
                "s.yaml", null, List.of());

        assertEquals(0.3333334, s.population().tiers().high());
    }
}
