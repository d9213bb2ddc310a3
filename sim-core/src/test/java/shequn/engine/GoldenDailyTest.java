package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/**
 * Golden daily tables: a fixed seed must give these exact bytes (daily KPIs and the per-store
 * breakdown). A pure refactor leaves them alone; a model change rewrites them on purpose, with
 * {@code -Dgolden.write=true}, and says so in its commit.
 */
class GoldenDailyTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({
        "store-plus-community-2000x120.csv, ../scenarios/store-plus-community.yaml, 20261122",
        "all-levers.csv, src/test/resources/scenarios/all-levers.yaml, 7"
    })
    void dailyTableMatchesTheGoldenFile(String golden, String scenario, long seed) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of(scenario),
                scenario.contains("store-plus-community") ? List.of("population.consumers=2000", "days=120") : List.of());
        String actual = DeterminismTest.csv(Simulation.run(s, seed));
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "daily table of " + scenario + " seed " + seed);
    }
}
