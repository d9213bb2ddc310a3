package shequn.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.Simulation;
import shequn.network.SocialGraph;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

/** The network rows pass where tie strength follows structure and fail where tie types are drawn at random. */
class NetworkStructureTest {
    static SocialGraph graph(String type, String... more) throws Exception {
        Path file = Effort.locateRoot().resolve("scenarios/store-plus-community.yaml");
        List<String> overrides = new java.util.ArrayList<>(List.of("network.type=" + type, "population.consumers=4000"));
        overrides.addAll(List.of(more));
        Scenario s = ScenarioLoader.load(file, overrides);
        Simulation sim = Simulation.start(s, 3, file.getParent());
        SocialGraph g = sim.world().ties;
        sim.finish();
        return g;
    }

    @Test
    void clusteredPassesBothRows() throws Exception {
        List<CheckResult> rows = NetworkStructure.rows("clustered", List.of(graph("clustered")), 1);
        assertEquals(2, rows.size());
        for (CheckResult r : rows) {
            assertEquals(CheckResult.Status.PASS, r.status(), r.name() + " = " + r.measured());
        }
    }

    @Test
    void theLibrarySmallWorldTypedByOverlapPassesBothRows() throws Exception {
        for (CheckResult r : NetworkStructure.rows("small-world", List.of(graph("small-world")), 1)) {
            assertEquals(CheckResult.Status.PASS, r.status(), r.name() + " = " + r.measured());
        }
    }

    @Test
    void randomTieTypesFailBothRows() throws Exception {
        List<CheckResult> rows = NetworkStructure.rows("small-world", List.of(graph("small-world",
                "network.tie_strength=random")), 1);
        for (CheckResult r : rows) {
            assertEquals(CheckResult.Status.FAIL, r.status(), r.name() + " = " + r.measured());
        }
        assertEquals(1.0, rows.get(0).measured(), 0.1, "overlap ratio of random types");
        assertTrue(Math.abs(rows.get(1).measured()) < 0.02, "no area gap with random types");
    }
}
