package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import shequn.output.Fmt;

/** The command line as a new user reads it: help, errors, numbers, --quiet, --days, completion. */
class HelpAndFormatTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommandsSummaryInTheListIsAWholeSentence() {
        CommandLine cli = new CommandLine(new Main());
        cli.getSubcommands().forEach((name, sub) -> {
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (description.length > 0) {
                String first = description[0].strip();
                assertTrue(first.endsWith(".") || first.endsWith(")"), name + ": the list shows only '" + first + "'");
            }
        });
        String help = CliHarness.run("--help").out();
        assertTrue(help.contains("generate-completion"), "shell completion is offered");
        assertTrue(help.contains("source <(shequn generate-completion)"), help);
    }

    @Test
    void reportAndChartHelpNameEveryFolderKind() {
        for (String command : new String[] {"report", "chart"}) {
            String help = CliHarness.run(command, "--help").out().replaceAll("\\s+", " ");
            for (String kind : new String[] {"run", "mc", "compare", "sweep", "sensitivity", "optimize", "calibrate", "response"}) {
                assertTrue(help.contains(kind), command + " --help misses " + kind + ": " + help);
            }
        }
    }

    @Test
    void errorsPointAtTheRightHelpAndGuessTheCommand() {
        CliHarness.Outcome o = CliHarness.run("comapre");
        assertEquals(Main.BAD_INPUT, o.exit());
        assertTrue(o.err().contains("did you mean 'compare'?"), o.err());
        assertTrue(o.err().contains("(see: shequn --help)"), o.err());
        assertFalse(o.err().contains("shequn shequn"), o.err());
        CliHarness.Outcome sub = CliHarness.run("mc", "--nope");
        assertTrue(sub.err().contains("(see: shequn mc --help)"), sub.err());
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertEquals("11,130", Fmt.sig(11130.4, 4));
        assertEquals("0.005", Fmt.sig(0.005, 5));
        assertEquals("0.0125", Fmt.sig(0.0125, 5));
        assertEquals("0", Fmt.whole(-0.3));
        assertEquals("0", Fmt.signedWhole(-0.3));
        assertEquals("+1,200", Fmt.signedWhole(1200));
        assertEquals("0.0", Fmt.fixed(-0.01, 1));
        assertEquals("1 chart", Words.count(1, "chart"));
        assertEquals("2 charts", Words.count(2, "chart"));
    }

    @Test
    void mcTakesDaysAndQuietKeepsOnlyWhatItWrote() throws Exception {
        Path out = tmp.resolve("mc");
        CliHarness.Outcome o = CliHarness.run("mc", CliHarness.scenario("store-plus-community.yaml"), "--reps", "2",
                "--set", "population.consumers=1000", "--days", "100", "--no-charts", "--quiet", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("wrote "), "no table: " + o.out());
        assertEquals(1, o.out().lines().count(), o.out());
        assertEquals("", o.err());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"days\" : 100"));
    }
}
