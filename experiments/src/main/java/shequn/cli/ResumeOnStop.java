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
     * The search journal {@code file} of a calibration into {@code dir}: a new one (the folder refused if it holds
     * results), or with {@code resume} the one kept there (refused if there is none, the calibration is complete,
     * or it was written for other inputs). The folder is locked for the rest of the command.
     */
    static shequn.calibrate.SearchJournal journal(Path dir, Path resume, String file, String fingerprint)
            throws BadInput, IOException {
        if (resume == null) {
            OutputFolder.refuseResults(dir);
        } else if (!Files.isRegularFile(dir.resolve(file))) {
            throw new BadInput(dir + ": nothing to resume (no " + file + "); run without --resume");
        } else if (Files.exists(dir.resolve("summary.json"))) {
            throw new BadInput(dir + ": the calibration there is complete (summary.json); nothing to resume");
        }
        ExperimentRunner.lock(dir, resume); // created, writable and locked before any work; held until the command ends
        if (resume == null) {
            OutputFolder.refuseResults(dir); // again: another process may have written it before we held the lock
        }
        shequn.calibrate.SearchJournal journal = resume == null ? shequn.calibrate.SearchJournal.start(dir, file, fingerprint)
                : shequn.calibrate.SearchJournal.resume(dir, file, fingerprint);
        if (journal == null) {
            throw new BadInput(dir.resolve(file) + ": written by another calibration (other files, options or "
                    + "shequn version); run without --resume");
        }
        return journal;
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
