package shequn.cli;

import picocli.CommandLine;
import shequn.network.NetworkInputException;
import shequn.scenario.ScenarioException;
import shequn.viz.data.Table;

/**
 * Maps failures to what a user should see: input errors as their one-line message and exit 2;
 * anything else is a bug in shequn, reported in one line (the trace with SHEQUN_DEBUG=1), exit 1.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
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
            cmd.getErr().println("shequn: " + ex);
            return Main.BAD_INPUT;
        }
        cmd.getErr().println("shequn: internal error: " + ex + " (set SHEQUN_DEBUG=1 for the trace)");
        if (System.getenv("SHEQUN_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
