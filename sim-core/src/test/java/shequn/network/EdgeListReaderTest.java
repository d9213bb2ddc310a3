package shequn.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shequn.network.SocialGraph.STRONG;
import static shequn.network.SocialGraph.WEAK;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.scenario.Network;
import shequn.scenario.Network.Type;

class EdgeListReaderTest {
    @TempDir
    Path dir;

    private SocialGraph read(String csv, int n, double strongShare) throws IOException, NetworkInputException {
        Files.writeString(dir.resolve("edges.csv"), csv, StandardCharsets.UTF_8);
        Network spec = new Network(Type.EDGE_LIST, null, null, null, strongShare, "edges.csv");
        return NetworkBuilder.build(spec, new byte[n], new MersenneTwisterFast(1), dir);
    }

    private String failure(String csv, int n) {
        NetworkInputException e = assertThrows(NetworkInputException.class, () -> read(csv, n, 0.2));
        assertTrue(e.getMessage().indexOf('\n') < 0, "one line");
        return e.getMessage();
    }

    private String prefix(int line, int col) {
        return dir.resolve("edges.csv") + ":" + line + ":" + col + ": network.file: ";
    }

    @Test
    void readsHeaderTypesSpacesAndBlankLines() throws Exception {
        String csv = "a,b,type\n0,1,strong\n\n 2 , 1 , WEAK \r\n3,0,weak\n1,0,weak\n2,2,strong\n";
        SocialGraph g = read(csv, 4, 0.0);
        assertArrayEquals(new int[] {0, 2, 4, 5, 6}, g.offsetArray());
        assertArrayEquals(new int[] {1, 3, 0, 2, 1, 0}, g.neighbourArray());
        assertArrayEquals(new byte[] {STRONG, WEAK, STRONG, WEAK, WEAK, WEAK}, g.typeArray(),
                "duplicate 1-0 keeps the stronger type; the self-loop is dropped");
        GraphAssertions.assertCsrInvariants(g);
    }

    @Test
    void missingTypeIsDrawnFromStrongShare() throws Exception {
        assertArrayEquals(new byte[] {STRONG, STRONG, STRONG, STRONG}, read("0,1\n1,2,\n", 3, 1.0).typeArray());
        assertArrayEquals(new byte[] {WEAK, WEAK, STRONG, STRONG}, read("0,1\n1,2,strong\n", 3, 0.0).typeArray());
    }

    @Test
    void headerIsOptional() throws Exception {
        assertEquals(1, read("0,1\n", 2, 0.2).edgeCount());
        assertEquals(1, read("source,target\n0,1\n", 2, 0.2).edgeCount());
    }

    @Test
    void absolutePathIgnoresBaseDir() throws Exception {
        Path file = dir.resolve("abs.csv");
        Files.writeString(file, "0,1\n");
        Network spec = new Network(Type.EDGE_LIST, null, null, null, null, file.toString());
        SocialGraph g = NetworkBuilder.build(spec, new byte[2], new MersenneTwisterFast(1), Path.of("/nonexistent"));
        assertEquals(1, g.edgeCount());
    }

    @Test
    void indexOutOfRange() {
        assertEquals(prefix(2, 3) + "index 5 out of range [0,5)", failure("0,1\n0,5\n", 5));
        assertEquals(prefix(1, 1) + "index -1 out of range [0,5)", failure("-1,2\n", 5));
    }

    @Test
    void notANumber() {
        String notIndex = "is not a consumer index (a whole number from 0 to 4)";
        assertEquals(prefix(3, 4) + "column 2 " + notIndex, failure("a,b\n0,1\n1, x\n", 5));
        assertEquals(prefix(1, 1) + "column 1 " + notIndex, failure("one,2\n", 5), "a line with a number is data");
        assertEquals(prefix(1, 1) + "column 1 " + notIndex, failure("1.5,2\n", 5));
    }

    @Test
    void unknownType() {
        assertEquals(prefix(1, 5) + "column 3 is not a tie type (expected strong, weak or nothing)",
                failure("0,1,friend\n", 5));
    }

    @Test
    void wrongColumnCount() {
        assertEquals(prefix(2, 10) + "expected 2 or 3 columns (a,b[,type]) but found 4",
                failure("0,1\n0,1,weak,9\n", 5));
        assertEquals(prefix(2, 2) + "expected 2 or 3 columns (a,b[,type]) but found 1", failure("0,1\n3\n", 5));
    }

    @Test
    void byteOrderMarkIsNotAColumn() {
        assertEquals(prefix(1, 3) + "index 9 out of range [0,5)", failure("\uFEFF0,9\n", 5));
    }

    @Test
    void missingFile() {
        Network spec = new Network(Type.EDGE_LIST, null, null, null, null, "missing.csv");
        NetworkInputException e = assertThrows(NetworkInputException.class,
                () -> NetworkBuilder.build(spec, new byte[2], new MersenneTwisterFast(1), dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("missing.csv") + ":0:0: network.file: cannot read"),
                e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void exceptionCarriesPosition() {
        NetworkInputException e = assertThrows(NetworkInputException.class, () -> read("0,1\n\n0,9\n", 5, 0.2));
        assertEquals(dir.resolve("edges.csv").toString(), e.file());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void neverEchoesTheFileAndRefusesWhatIsNotAnEdgeList() {
        String secret = failure("0,1\n2,hunter2-password\n", 5);
        assertFalse(secret.contains("hunter2"), secret);
        String longField = failure("0," + "9".repeat(5000) + "\n", 5);
        assertTrue(longField.length() < 300, longField);
        assertTrue(failure("\uFF11,2\n", 5).endsWith("column 1 is not a consumer index (a whole number from 0 to 4)"),
                "full-width digits are not indices");
        assertTrue(failure("\u0661,2\n", 5).contains("not a consumer index"), "Arabic-Indic digits are not indices");
        assertEquals(prefix(1, 1) + "index 2147483648 out of range [0,5)", failure("2147483648,1\n", 5));
        assertTrue(failure("0,1\0\n", 5).contains("control character"), "binary");
        assertTrue(failure("PATH=/usr/bin\0HOME=/root\0", 5).contains("control character"), "/proc/self/environ");
        assertTrue(failure("x".repeat(EdgeListReader.MAX_LINE + 1), 5).contains("longer than"));
    }

    @Test
    void refusesAFileWithNoEdges() {
        for (String csv : new String[] {"", "\n\n", "a,b\n", "just some words\n"}) {
            assertTrue(failure(csv, 5).contains(":0:0: network.file: no edges in the file"), csv);
        }
    }

    @Test
    void checkAgreesWithRead() throws Exception {
        Files.writeString(dir.resolve("ok.csv"), "a,b\n0,1\n1,2,weak\n");
        assertEquals(2, EdgeListReader.check(dir.resolve("ok.csv"), 3));
        Files.writeString(dir.resolve("bad.csv"), "0,1\n1,3\n");
        NetworkInputException e = assertThrows(NetworkInputException.class, () -> EdgeListReader.check(dir.resolve("bad.csv"), 3));
        assertEquals(2, e.line());
        assertEquals("index 3 out of range [0,3)", e.what());
    }

    @Test
    void notUtf8() throws Exception {
        Files.write(dir.resolve("edges.csv"), new byte[] {'0', ',', '1', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        Network spec = new Network(Type.EDGE_LIST, null, null, null, 0.2, "edges.csv");
        NetworkInputException e = assertThrows(NetworkInputException.class,
                () -> NetworkBuilder.build(spec, new byte[5], new MersenneTwisterFast(1), dir));
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
    }
}
