package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {
    @TempDir
    Path tmp;

    static final String COMMUNITY = CliHarness.scenario("store-plus-community.yaml");

    @Test
    void writesTheGraphAndPrintsItsStatistics() throws Exception {
        Path out = tmp.resolve("net");
        CliHarness.Outcome r = CliHarness.run("network", COMMUNITY, "--set", "population.consumers=2000",
                "--set", "network.type=clustered", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String label : List.of("consumers", "ties", "mean degree", "degree quantiles", "mean clustering", "strong share",
                "mean overlap", "components")) {
            assertTrue(r.out().contains(label), label + " in\n" + r.out());
        }
        List<String> edges = Files.readAllLines(out.resolve("edges.csv"));
        assertEquals("a,b,type", edges.get(0));
        List<String> consumers = Files.readAllLines(out.resolve("consumers.csv"));
        assertEquals("consumer,degree,strong_degree,clustering,segment", consumers.get(0));
        assertEquals(2001, consumers.size());
        long degrees = consumers.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
        assertEquals(2L * (edges.size() - 1), degrees, "each tie counted from both ends");
        long strong = edges.stream().filter(l -> l.endsWith(",strong")).count();
        long strongDegrees = consumers.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
        assertEquals(2 * strong, strongDegrees);
        assertEquals(List.of("edges.csv", "consumers.csv", ".shequn.lock"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted(
                        (a, b) -> List.of("edges.csv", "consumers.csv", ".shequn.lock").indexOf(a)
                                - List.of("edges.csv", "consumers.csv", ".shequn.lock").indexOf(b)).toList());
    }

    @Test
    void writtenEdgesLoadAsAnEdgeListWithTheSameStatistics() throws Exception {
        Path out = tmp.resolve("net");
        CliHarness.Outcome first = CliHarness.run("network", COMMUNITY, "--set", "population.consumers=1500",
                "--set", "network.type=clustered", "--out", out.toString());
        assertEquals(0, first.exit(), first.err());
        CliHarness.Outcome again = CliHarness.run("network", COMMUNITY, "--set", "population.consumers=1500",
                "--set", "network.type=edge-list", "--set", "network.file=" + out.resolve("edges.csv"));
        assertEquals(0, again.exit(), again.err());
        assertEquals(stats(first.out()), stats(again.out()));
    }

    /** The printed statistics without the title line (which names the type). */
    static String stats(String out) {
        return out.substring(out.indexOf('\n') + 1, out.indexOf("wrote") < 0 ? out.length() : out.indexOf("wrote"));
    }

    @Test
    void withoutOutNothingIsWritten() throws Exception {
        CliHarness.Outcome r = CliHarness.run("network", COMMUNITY, "--set", "population.consumers=1500");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("wrote"));
    }

    @Test
    void refusalsAreOneLineAndWriteNothing() throws Exception {
        Path out = tmp.resolve("net");
        assertEquals(0, CliHarness.run("network", COMMUNITY, "--set", "population.consumers=1500", "--out", out.toString()).exit());
        CliHarness.Outcome again = CliHarness.run("network", COMMUNITY, "--set", "population.consumers=1500", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already holds results (edges.csv, consumers.csv)"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        Path fresh = tmp.resolve("fresh");
        CliHarness.Outcome bad = CliHarness.run("network", COMMUNITY, "--set", "network.cluster_size=0", "--out", fresh.toString());
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("network.cluster_size"), bad.err());
        assertFalse(Files.exists(fresh), "nothing written on a refusal");
    }
}
