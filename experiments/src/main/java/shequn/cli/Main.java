package shequn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code shequn} command line. Bad input gives one line on stderr and exit code 2. */
@Command(name = "shequn", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation and planning for community retail (社群).",
        subcommands = {RunCommand.class, ValidateCommand.class, McCommand.class, CompareCommand.class, SweepCommand.class,
                ResponseCommand.class, SensitivityCommand.class, OptimizeCommand.class, CalibrateCommand.class, ChartCommand.class,
                ReportCommand.class, ShowcaseCommand.class, CheckModelCommand.class, BenchCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    private static volatile String[] lastArgs = new String[0];

    /** The arguments of the command now running, to print the exact command that resumes it. */
    static String[] lastArgs() {
        return lastArgs.clone();
    }

    public static int execute(String... args) {
        lastArgs = args.clone();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("shequn: " + ex.getMessage().lines().findFirst().orElse("")
                    + " (see: shequn " + ex.getCommandLine().getCommandName() + " --help)");
            return BAD_INPUT;
        });
        shequn.files.Written.begin();
        try {
            return cli.execute(args);
        } finally {
            OutputFolder.releaseAll(); // the output folders the command locked
            shequn.files.Written.end();
        }
    }
}
