package shequn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ctrl-C in a calibration whose search is journaled: the journal survives, so the way out says where it is
 * and the command that goes on. Closing it (the command ended) takes the message back.
 */
final class ResumeOnStop implements AutoCloseable {
    private final Thread hook;

    ResumeOnStop(Path journal, String resumeCommand) {
        hook = new Thread(() -> {
            System.err.println("shequn: calibrate interrupted; the evaluations so far are kept in " + journal
                    + ": go on with " + resumeCommand);
            System.err.flush();
        }, "shequn-stop-calibrate");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the hook prints the resume command
        }
    }

    /**
     * What must not change between a run and its resume: the given files' bytes, {@code extra} and the shequn
     * version, as one SHA-256.
     */
    static String fingerprint(String extra, Path... files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(Files.readAllBytes(f));
            }
            md.update((extra + "/" + shequn.output.Json.class.getPackage().getImplementationVersion())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
