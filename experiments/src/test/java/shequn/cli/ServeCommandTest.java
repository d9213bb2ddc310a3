package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code shequn serve} refuses before it starts listening: one line each, exit code 2. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aPortInUseIsRefusedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliHarness.Outcome o = CliHarness.run("serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--out", tmp.resolve("runs").toString());
            assertEquals(2, o.exit(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("shequn: --port " + taken.getLocalPort() + ": cannot listen on 127.0.0.1:"), o.err());
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeListening() throws Exception {
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full").resolve("x.txt"), "x");
        String[][] cases = {
            {"serve", "--port", "70000"},
            {"serve", "--port", "0", "--bind", "no-such-host.invalid"},
            {"serve", "--port", "0", "--out", tmp.resolve("full").toString()},
            {"serve", "--port", "0", tmp.resolve("missing.yaml").toString()},
        };
        String[] starts = {"shequn: --port: expected 0 to 65535", "shequn: --bind no-such-host.invalid:",
            tmp.resolve("full") + ": --out: already holds files", "shequn: " + tmp.resolve("missing.yaml") + ": no such"};
        for (int i = 0; i < cases.length; i++) {
            CliHarness.Outcome o = CliHarness.run(cases[i]);
            assertEquals(2, o.exit(), String.join(" ", cases[i]) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith(starts[i]), o.err());
        }
    }
}
