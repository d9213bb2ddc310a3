package shequn.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.scenario.ScenarioException;

/** Ranges spaced in the logarithm, for rates that span orders of magnitude (scale: log). */
class LogScaleTest {
    @TempDir
    Path tmp;

    @Test
    void unitCoordinatesMapEvenlyInTheLogarithm() {
        Parameter p = new Parameter("behaviour.discovery", Double.class, null, 0.001, 0.1, 3, true);
        assertEquals(0.001, p.at(0).asDouble(), 1e-15);
        assertEquals(0.01, p.at(0.5).asDouble(), 1e-12);
        assertEquals(0.1, p.at(1).asDouble(), 1e-12);
        assertEquals(0.5, p.unitOf(0.01), 1e-12);
        List<JsonNode> grid = p.gridValues();
        assertEquals(3, grid.size());
        assertEquals(0.01, grid.get(1).asDouble(), 1e-12);
    }

    @Test
    void linearIsStillTheDefault() throws Exception {
        SweepSpec spec = SweepSpec.read(write("  - {path: behaviour.tie_decay, min: 0.005, max: 0.02, levels: 2}\n"));
        assertFalse(spec.parameters().get(0).log());
        SweepSpec log = SweepSpec.read(write("  - {path: behaviour.discovery, min: 0.001, max: 0.1, levels: 3, scale: log}\n"));
        assertTrue(log.parameters().get(0).log());
        assertEquals(0.01, log.parameters().get(0).gridValues().get(1).asDouble(), 1e-12);
    }

    @Test
    void aLogScaleNeedsAPositiveMin() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepSpec.read(
                write("  - {path: behaviour.discovery, min: 0, max: 0.1, scale: log}\n")));
        assertTrue(e.getMessage().contains("a log scale needs min above 0"), e.getMessage());
        ScenarioException bad = assertThrows(ScenarioException.class, () -> SweepSpec.read(
                write("  - {path: behaviour.discovery, min: 0.01, max: 0.1, scale: cubic}\n")));
        assertTrue(bad.getMessage().contains("expected linear or log"), bad.getMessage());
    }

    Path write(String parameter) throws Exception {
        Path scenario = Path.of("../scenarios/store-plus-community.yaml").toAbsolutePath();
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nset: [population.consumers=1000, days=100]\n"
                + "design: grid\nreps: 2\nseed: 5\nparameters:\n" + parameter);
        return file;
    }
}
