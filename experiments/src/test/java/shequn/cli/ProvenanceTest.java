package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.Version;
import shequn.output.Json;

/** Every output folder says which build wrote it and what scenario it ran; a resume never mixes builds. */
class ProvenanceTest {
    @TempDir
    Path tmp;

    private static void assertBuild(Path summary) throws Exception {
        JsonNode s = Json.MAPPER.readTree(summary.toFile());
        assertEquals(Version.VERSION, s.path("version").asText());
        assertEquals(Version.COMMIT, s.path("commit").asText());
        assertTrue(s.path("dirty").isBoolean(), s.toString());
        assertEquals(System.getProperty("java.version"), s.path("java").asText());
    }

    @Test
    void runWritesBuildAndTheResolvedScenario() throws Exception {
        Path out = tmp.resolve("run");
        CliHarness.Outcome r = CliHarness.run("run", CliHarness.scenario("store-plus-community.yaml"), "--out", out.toString(),
                "--set", "population.consumers=1234", "--days", "120");
        assertEquals(0, r.exit(), r.err());
        assertBuild(out.resolve("summary.json"));
        String copy = Files.readString(out.resolve("inputs/store-plus-community.yaml"));
        assertTrue(copy.contains("consumers: 1234") && copy.contains("days: 120"), copy);
        assertTrue(copy.contains("population.consumers=1234") && copy.contains(Version.VERSION), copy);
        // the copy runs as it is
        assertEquals(0, CliHarness.run("validate", out.resolve("inputs/store-plus-community.yaml").toString()).exit());
    }

    @Test
    void mcWritesBuildAndRefusesToResumeAnotherBuild() throws Exception {
        Path out = tmp.resolve("mc");
        String[] args = {"mc", CliHarness.scenario("store-plus-community.yaml"), "--reps", "2", "--set",
            "population.consumers=1000", "--set", "days=100", "--no-charts"};
        String[] first = concat(args, "--out", out.toString());
        CliHarness.Outcome r = CliHarness.run(first);
        assertEquals(0, r.exit(), r.err());
        assertBuild(out.resolve("summary.json"));
        assertTrue(Files.readString(out.resolve("inputs/store-plus-community.yaml")).contains("consumers: 1000"));
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(out.resolve("experiment.json").toFile());
        assertEquals(Version.build(), manifest.path("build").asText());
        manifest.put("build", "0.0.1 0123456789ab");
        Files.writeString(out.resolve("experiment.json"), Json.MAPPER.writeValueAsString(manifest));
        CliHarness.Outcome resumed = CliHarness.run(concat(args, "--resume", out.toString()));
        assertNotEquals(0, resumed.exit());
        assertTrue(resumed.err().contains("two builds"), resumed.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
