package shequn.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code shequn} command line. Bad input gives one line on stderr and exit code 2. */
@Command(name = "shequn", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation and planning for community retail (社群).",
        footer = {"", "Shell completion (bash, zsh): source <(shequn generate-completion)"},
        subcommands = {RunCommand.class, ValidateCommand.class, McCommand.class, CompareCommand.class, SweepCommand.class,
                ResponseCommand.class, SensitivityCommand.class, OptimizeCommand.class, CalibrateCommand.class, ChartCommand.class,
                ReportCommand.class, ShowcaseCommand.class, CheckModelCommand.class, NetworkCommand.class, SeedCommand.class, BenchCommand.class,
                SchemaCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main {
    public static final int BAD_INPUT = 2;

    private static volatile boolean quiet;

    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "no progress bars and no result tables: only errors, warnings and the 'wrote …' lines")
    void quiet(boolean q) {
        quiet = q;
    }

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
        quiet = false;
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, a) -> {
            String suggestion = "";
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                suggestion = "; did you mean '" + u.getSuggestions().get(0) + "'?"; // the closest first
            }
            ex.getCommandLine().getErr().println("shequn: " + ex.getMessage().lines().findFirst().orElse("") + suggestion
                    + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        shequn.files.Written.begin();
        cli.setExecutionStrategy(parsed -> {
            if (!quiet) {
                return new CommandLine.RunLast().execute(parsed);
            }
            PrintStream out = System.out;
            PrintStream err = System.err;
            System.setOut(new PrintStream(new Lines(out, List.of("wrote ", "shequn: ")), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Lines(err, List.of("shequn: ")), true, StandardCharsets.UTF_8));
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                System.out.flush();
                System.err.flush();
                System.setOut(out);
                System.setErr(err);
            }
        });
        try {
            return cli.execute(args);
        } finally {
            OutputFolder.releaseAll(); // the output folders the command locked
            shequn.files.Written.end();
        }
    }

    /** --quiet: passes on only the lines that start with one of the prefixes (after any progress-bar \r). */
    private static final class Lines extends OutputStream {
        private final PrintStream target;
        private final List<String> keep;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(PrintStream target, List<String> keep) {
            this.target = target;
            this.keep = keep;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                String shown = text.substring(text.lastIndexOf('\r') + 1);
                if (keep.stream().anyMatch(shown::startsWith)) {
                    target.print(shown);
                    target.flush();
                }
            }
        }
    }
}
