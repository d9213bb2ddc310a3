package shequn.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.sweep.Sweep;
import shequn.sweep.SweepSpec;

/** A sweep journals through the Monte-Carlo runner: stopping and resuming gives the files of an uninterrupted sweep. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    SweepSpec spec() throws Exception {
        Path scenario = Path.of("../scenarios/store-plus-community.yaml").toAbsolutePath();
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, "scenario: " + scenario + "\n"
                + "set: [population.consumers=1000, days=100]\n"
                + "design: grid\nreps: 3\nseed: 5\n"
                + "parameters:\n"
                + "  - {path: 'groups[0].max_size', values: [50, 300]}\n"
                + "  - {path: behaviour.tie_decay, min: 0.005, max: 0.02, levels: 2}\n");
        return SweepSpec.read(file);
    }

    Experiment.Result run(SweepSpec spec, List<Sweep.Point> points, Path dir, AtomicBoolean stop, int stopAfter,
                          boolean resume) throws Exception {
        Experiment e = new Experiment(Sweep.plan("sweep", spec, points), dir, 2, stop, null).layout(Sweep.layout(spec, points));
        if (stopAfter > 0) {
            e.afterEach(n -> stop.set(n >= stopAfter));
        }
        Experiment.Result r = e.run(resume);
        if (r.stopReason() != Experiment.StopReason.INTERRUPTED) {
            Sweep.writePoints(dir, spec, points, r);
        }
        return r;
    }

    @Test
    void aResumedSweepEqualsAnUninterruptedOne() throws Exception {
        SweepSpec spec = spec();
        List<Sweep.Point> points = Sweep.load(spec, Sweep.design(spec));
        assertEquals(4, points.size());
        Path whole = tmp.resolve("whole");
        Path cut = tmp.resolve("cut");
        run(spec, points, whole, new AtomicBoolean(), 0, false);

        Experiment.Result first = run(spec, points, cut, new AtomicBoolean(), 5, false);
        assertEquals(Experiment.StopReason.INTERRUPTED, first.stopReason());
        int kept = first.outcomes().size();
        assertTrue(kept >= 5 && kept < 12, "kept " + kept);
        assertEquals(kept + 1, Files.readAllLines(cut.resolve("sweep.csv")).size());

        Experiment.Result second = run(spec, points, cut, new AtomicBoolean(), 0, true);
        assertEquals(kept, second.resumed());
        assertEquals(12 - kept, second.ranNow());
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.csv")), Files.readAllBytes(cut.resolve("sweep.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("points.csv")), Files.readAllBytes(cut.resolve("points.csv")));
    }

    @Test
    void aTornRowAndADuplicateAreDroppedOnResume() throws Exception {
        SweepSpec spec = spec();
        List<Sweep.Point> points = Sweep.load(spec, Sweep.design(spec));
        Path whole = tmp.resolve("whole");
        Path killed = tmp.resolve("killed");
        run(spec, points, whole, new AtomicBoolean(), 0, false);
        run(spec, points, killed, new AtomicBoolean(), 0, false);
        List<String> rows = Files.readAllLines(killed.resolve("sweep.csv"));
        List<String> left = new ArrayList<>(rows.subList(0, 6));
        left.add(rows.get(3)); // the same replication journaled twice
        String text = String.join("\n", left) + "\n" + rows.get(6).substring(0, 25); // and a torn last row
        Files.writeString(killed.resolve("sweep.csv"), text, StandardCharsets.UTF_8);
        Files.delete(killed.resolve("points.csv"));

        Experiment.Result resumed = run(spec, points, killed, new AtomicBoolean(), 0, true);
        assertEquals(5, resumed.resumed());
        assertEquals(7, resumed.ranNow());
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.csv")), Files.readAllBytes(killed.resolve("sweep.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("points.csv")), Files.readAllBytes(killed.resolve("points.csv")));
    }

    @Test
    void everyPointRunsTheSameSeeds() throws Exception {
        SweepSpec spec = spec();
        List<Sweep.Point> points = Sweep.load(spec, Sweep.design(spec));
        Experiment.Result r = run(spec, points, tmp.resolve("crn"), new AtomicBoolean(), 0, false);
        for (int p = 1; p < points.size(); p++) {
            for (int rep = 0; rep < 3; rep++) {
                assertEquals(r.of(0).get(rep).seed(), r.of(p).get(rep).seed());
            }
        }
        List<String> header = List.of(Files.readAllLines(tmp.resolve("crn/sweep.csv")).get(0).split(","));
        assertEquals(List.of("point", "rep", "seed", "groups[0].max_size", "behaviour.tie_decay", "traffic"), header.subList(0, 6));
    }
}
