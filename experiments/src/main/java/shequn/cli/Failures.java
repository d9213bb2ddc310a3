package shequn.cli;

import picocli.CommandLine;
import shequn.network.NetworkInputException;
import shequn.scenario.ScenarioException;
import shequn.files.WriteFailure;
import shequn.files.Written;
import shequn.viz.data.Table;

/**
 * Maps failures to what a user should see: input errors as their one-line message and exit 2;
 * anything else is a bug in shequn, reported in one line (the trace with SHEQUN_DEBUG=1), exit 1.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        WriteFailure write = writeFailure(ex);
        if (write != null) {
            int removed = Written.removeAll();
            cmd.getErr().println(write.getMessage() + (removed > 0 ? "; removed the " + removed + " file"
                    + (removed == 1 ? "" : "s") + " this command had written" : "") + (write.noSpace()
                    ? "; free some space and run it again" : "; check the folder and run it again"));
            return Main.BAD_INPUT;
        }
        if (ex instanceof ScenarioException || ex instanceof NetworkInputException || ex instanceof BadInput
                || ex instanceof shequn.montecarlo.ExperimentException
                || ex instanceof Table.TableException
                || ex instanceof shequn.engine.WorldTooLargeException) {
            cmd.getErr().println(ex.getMessage());
            return Main.BAD_INPUT;
        }
        if (ex instanceof shequn.montecarlo.EngineException) {
            cmd.getErr().println(ex.getMessage());
            return 1;
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            String file = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            cmd.getErr().println("shequn: " + file + OutputFolder.reason((Exception) io));
            return Main.BAD_INPUT;
        }
        cmd.getErr().println("shequn: internal error: " + ex + " (set SHEQUN_DEBUG=1 for the trace)");
        if (System.getenv("SHEQUN_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return 1;
    }

    /** The write failure behind {@code ex}, however wrapped (a worker thread's, an engine's), or null. */
    static WriteFailure writeFailure(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof WriteFailure w) {
                return w;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof WriteFailure w) {
                    return w;
                }
            }
        }
        return null;
    }
}
