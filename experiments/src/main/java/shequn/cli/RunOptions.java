package shequn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where an experiment writes and how: the options mc, compare, sweep and sensitivity share. */
final class RunOptions {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", description = "output folder (default: out/<command>)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "complete an interrupted run in DIR")
    Path resume;

    @Option(names = "--no-charts", description = "do not draw the charts (DIR/charts) after the tables")
    boolean noCharts;
}
