package shequn.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.calibrate.btyd.SyntheticLog;
import shequn.calibrate.orders.Cohort;
import shequn.calibrate.orders.OrderLog;

/** A killed agent search resumes from its journal to exactly the result of an uninterrupted one. */
class SearchJournalTest {
    @TempDir
    Path tmp;

    @Test
    void aResumedSearchEndsWhereAnUninterruptedOneDoes() throws Exception {
        Path orders = tmp.resolve("orders.csv");
        try (Writer w = Files.newBufferedWriter(orders, StandardCharsets.UTF_8)) {
            new SyntheticLog(true, new double[] {1, 10, 0.8, 2.5}, 300, 28, 182, 5).write(w);
        }
        Cohort cohort = Cohort.of(OrderLog.read(orders), 8);
        Path cal = tmp.resolve("cal.yaml");
        Files.writeString(cal, "scenario: " + Path.of("../scenarios/validation/bgnbd.yaml").toAbsolutePath() + "\n"
                + "set: [population.dropout=0, \"population.dropout_beta={a: 1, b: 3}\"]\n"
                + "parameters:\n  - {path: population.need_rate, min: 0.005, max: 0.05, scale: log}\n"
                + "  - {path: population.dropout_beta.a, min: 0.2, max: 4, scale: log}\nreps: 1\nseed: 9\nevaluations: 10\n");
        CalibrateSpec spec = CalibrateSpec.read(cal);
        Path whole = Files.createDirectories(tmp.resolve("whole"));
        Path cut = Files.createDirectories(tmp.resolve("cut"));
        TransactionCalibration.writeEntries(whole, cohort);
        TransactionCalibration.writeEntries(cut, cohort);
        AgentFit.Result once;
        try (SearchJournal j = SearchJournal.start(whole, "fp")) {
            once = new AgentFit(spec, cohort, whole.resolve("entry.csv"), 1).run(j);
        }
        // a kill after 6 evaluations, the 7th torn mid-line
        List<String> lines = Files.readAllLines(whole.resolve(SearchJournal.FILE));
        assertEquals(11, lines.size());
        Files.writeString(cut.resolve(SearchJournal.FILE), String.join("\n", lines.subList(0, 7)) + "\n"
                + lines.get(7).substring(0, 9));
        assertNull(SearchJournal.resume(cut, "another calibration"));
        AgentFit.Result resumed;
        try (SearchJournal j = SearchJournal.resume(cut, "fp")) {
            assertEquals(6, j.kept());
            resumed = new AgentFit(spec, cohort, cut.resolve("entry.csv"), 1).run(j);
        }
        assertEquals(once.trace(), resumed.trace());
        assertEquals(once.objective(), resumed.objective(), 0.0);
        assertArrayEquals(once.forecast().cumulative(), resumed.forecast().cumulative(), 0.0);
        assertEquals(Files.readAllLines(whole.resolve(SearchJournal.FILE)), Files.readAllLines(cut.resolve(SearchJournal.FILE)));
    }
}
