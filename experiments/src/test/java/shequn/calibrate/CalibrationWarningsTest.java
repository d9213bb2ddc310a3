package shequn.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fit at the edge of its range, or found at the very end of the search, is said so. */
class CalibrationWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void boundsAndLateBestPointsAreNamed() throws Exception {
        Path scenario = Path.of("../scenarios/baseline-no-community.yaml").toAbsolutePath();
        Path obs = tmp.resolve("o.csv");
        Files.writeString(obs, "day,traffic\n0,1\n");
        Path file = tmp.resolve("cal.yaml");
        Files.writeString(file, "scenario: " + scenario + "\nset: [population.consumers=500, days=14]\n"
                + "targets: [traffic]\nevaluations: 20\nparameters:\n"
                + "  - {path: population.need_rate, min: 0.05, max: 0.3}\n"
                + "  - {path: behaviour.conversion, min: 0.3, max: 0.9}\n");
        CalibrateSpec spec = CalibrateSpec.read(file);
        List<String> w = Calibrator.warnings(spec, new double[] {0.0, 0.5}, 19, 20);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("population.need_rate sits at the lower end of its range (0.05)"), w.get(0));
        assertTrue(w.get(1).contains("evaluation 19 of 20"), w.get(1));
        assertTrue(Calibrator.warnings(spec, new double[] {0.4, 0.6}, 5, 20).isEmpty());
        assertTrue(Calibrator.warnings(spec, new double[] {0.4, 0.995}, 5, 20).get(0).contains("upper end"));
    }
}
