package shequn.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheet exports start with a byte-order mark; it is not part of the first column's name. */
class ObservedBomTest {
    @TempDir
    Path tmp;

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Path f = tmp.resolve("observed.csv");
        Files.writeString(f, "\uFEFFday,traffic\n0,10\n1,12\n", StandardCharsets.UTF_8);
        Observed o = Observed.read(f, List.of("traffic"), 2);
        assertArrayEquals(new double[] {10, 12}, o.series("traffic"));
    }
}
