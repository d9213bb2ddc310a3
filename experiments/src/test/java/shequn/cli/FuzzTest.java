package shequn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.calibrate.CalibrateSpec;
import shequn.optimize.OptimizeSpec;
import shequn.scenario.ScenarioException;
import shequn.sweep.SweepSpec;

/**
 * Seeded mutations of the library's scenarios, edge lists and experiment files, through the CLI,
 * asserting shequn's promise for each: either exit 2 with one line naming the file (or the --set at
 * fault) and nothing written, or exit 0 with valid output. And the property that {@code validate}
 * says ok exactly where {@code run} builds the world, with the same line where it does not.
 * A failure prints the case (seed, index, file) to replay it.
 */
class FuzzTest {
    /** Replay or explore with -Dshequn.fuzz.seed=N. */
    static final long SEED = Long.getLong("shequn.fuzz.seed", 20261127L);
    static final int SCENARIO_CASES = 220;
    static final int EDGE_CASES = 90;
    static final int SPEC_CASES = 90;
    /** Keep each run small: the mutations, not the size, are under test. */
    static final int DAYS = 40;
    static final String[] SMALL = {"--set", "population.consumers=1000", "--set", "days=" + DAYS};

    private static final String[] VALUES = {"-1", "0", "1", "2", "0.5", "3.7", "1e308", "-1e308", ".nan", ".inf", "-.inf",
        "2147483648", "99999999999999999999", "1e-320", "abc", "~", "''", "[]", "{}", "\"5\"", "true", "0x10", "1_000",
        "*a", "&a 1", "[1, 2", "\"a,b\"", "'\\n'", "１２", "٣", "3650", "3651", "50000000", "-0"};
    private static final String[] LINES = {"x: 1", "  - {}", "stores: []", "name: *n", "\t", "?", "[", "{", "'", "\"",
        "\u0000", "network: {type: edge-list, file: missing.csv}", "- 1", ":", "kols: [{id: a, followers: 99999999}]",
        "campaigns: [{lever: coupon, start: 99999}]", "days: 3650", "name: \"a,b\"", "seed: 18446744073709551617",
        "stores: [{id: main, skus: 2147483647}]", "population: {basket: {low: 1e308}}", "---", "a: &x 1", "b: *x",
        "network: {type: edge-list, file: \"e\\0.csv\"}", "groups: [{id: g, store: nowhere}]"};
    private static final String JUNK = ":-[]{},#&*!|>'\"%@` \t\\\u0000\u00ff１";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern ONE_LINE = Pattern.compile("^(--set [^\\n]*|[^\\n]*?[./][^\\n]*?(:\\d+:\\d+)?): [^\\n]+$");

    @TempDir
    Path tmp;

    private int outs;
    private int ran;
    private int refused;

    @Test
    void mutatedScenariosKeepThePromiseAndValidateAgreesWithRun() throws Exception {
        List<Path> library = new ArrayList<>();
        for (String dir : new String[] {"", "playbook", "validation"}) {
            try (Stream<Path> s = Files.list(CliHarness.SCENARIOS.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(library::add);
            }
        }
        for (Path edges : List.of("ic-star.csv", "ic-bridge.csv").stream().map(n -> CliHarness.SCENARIOS.resolve("validation/" + n)).toList()) {
            Files.copy(edges, tmp.resolve(edges.getFileName()));
        }
        Random rnd = new Random(SEED);
        for (int i = 0; i < SCENARIO_CASES; i++) {
            Path from = library.get(rnd.nextInt(library.size()));
            String text = mutate(Files.readString(from), rnd);
            Path file = tmp.resolve("case-" + i + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            promise("scenario case " + i + " (" + from.getFileName() + ", seed " + SEED + ")", file);
        }
        assertTrue(ran > SCENARIO_CASES / 20 && refused > SCENARIO_CASES / 20, "both kinds of case: " + ran + " ran, "
                + refused + " refused");
    }

    @Test
    void mutatedEdgeListsValidateExactlyWhereTheyRun() throws Exception {
        Random rnd = new Random(SEED + 1);
        Path scenario = tmp.resolve("edges.yaml");
        Files.writeString(scenario, "name: edges\ndays: 4\nseed: 1\npopulation: {consumers: 40}\nnetwork: {type: edge-list, "
                + "file: e.csv}\n");
        for (int i = 0; i < EDGE_CASES; i++) {
            StringBuilder csv = new StringBuilder(rnd.nextBoolean() ? "a,b,type\n" : "");
            for (int e = 0, m = 1 + rnd.nextInt(12); e < m; e++) {
                csv.append(rnd.nextInt(40)).append(',').append(rnd.nextInt(40));
                csv.append(switch (rnd.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> ",strong";
                    case 2 -> ",weak";
                    default -> ",";
                }).append(rnd.nextInt(8) == 0 ? "\r\n" : "\n");
            }
            String text = csv.toString();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                text = mutateEdges(text, rnd);
            }
            Files.writeString(tmp.resolve("e.csv"), text, StandardCharsets.UTF_8);
            promise("edge case " + i + " (seed " + SEED + 1 + "): " + printable(text), scenario);
        }
    }

    @Test
    void mutatedExperimentFilesAreReadOrRefusedInOneLine() throws Exception {
        List<Path> library;
        try (Stream<Path> s = Files.list(CliHarness.SCENARIOS.resolve("experiments"))) {
            library = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Files.copy(CliHarness.SCENARIOS.resolve("experiments/observed-traffic.csv"), tmp.resolve("observed-traffic.csv"));
        Random rnd = new Random(SEED + 2);
        for (int i = 0; i < SPEC_CASES; i++) {
            Path from = library.get(rnd.nextInt(library.size()));
            String text = Files.readString(from).replace("scenario: ../", "scenario: " + CliHarness.SCENARIOS + "/");
            text = mutate(text, rnd);
            Path file = tmp.resolve("spec-" + i + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            String name = from.getFileName().toString();
            String command = name.startsWith("sweep") ? "sweep" : name.startsWith("sensitivity") ? "sensitivity"
                    : name.startsWith("optimize") ? "optimize" : "calibrate";
            String label = "spec case " + i + " (" + name + ", seed " + (SEED + 2) + ")";
            String refusal;
            try {
                switch (command) {
                    case "sweep", "sensitivity" -> SweepSpec.read(file);
                    case "optimize" -> OptimizeSpec.read(file);
                    default -> CalibrateSpec.read(file);
                }
                continue; // a valid file: running it is the experiments' own tests' business
            } catch (ScenarioException e) {
                refusal = e.getMessage();
            } catch (Exception | Error e) {
                fail(label + ": reading threw " + e + "\n" + text);
                return;
            }
            Path out = tmp.resolve("out-" + outs++);
            List<String> args = new ArrayList<>(List.of(command, file.toString(), "--out", out.toString()));
            if (command.equals("calibrate")) {
                args.addAll(List.of("--observed", tmp.resolve("observed-traffic.csv").toString()));
            }
            CliHarness.Outcome r = CliHarness.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), label + ": " + r.err());
            assertEquals(refusal, r.err().strip(), label);
            oneLine(label, r.err());
            assertFalse(Files.exists(out), label + ": wrote " + out);
        }
    }

    /** validate and run agree; a refusal is one line, exit 2, nothing written; a run writes valid output. */
    private void promise(String label, Path file) throws Exception {
        List<String> v = new ArrayList<>(List.of("validate", file.toString()));
        v.addAll(List.of(SMALL));
        CliHarness.Outcome validated = CliHarness.run(v.toArray(String[]::new));
        Path out = tmp.resolve("out-" + outs++);
        List<String> r = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
        r.addAll(List.of(SMALL));
        CliHarness.Outcome ran = CliHarness.run(r.toArray(String[]::new));
        String text = Files.exists(file) ? printable(Files.readString(file, StandardCharsets.ISO_8859_1)) : "";
        assertTrue(validated.exit() == 0 || validated.exit() == 2, label + ": validate exit " + validated.exit() + ": "
                + validated.err() + "\n" + text);
        assertEquals(validated.exit(), ran.exit(), label + ": validate said '" + (validated.out() + validated.err()).strip()
                + "' but run said '" + ran.err().strip() + "'\n" + text);
        if (ran.exit() == 2) {
            refused++;
            oneLine(label, ran.err());
            assertEquals(validated.err().strip(), ran.err().strip(), label + ": validate and run refuse alike");
            assertFalse(Files.exists(out), label + ": a refused run wrote " + out);
            return;
        }
        this.ran++;
        List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
        assertEquals(DAYS + 1, daily.size(), label + ": a header and a row a day");
        for (String row : daily.subList(1, daily.size())) {
            assertFalse(row.contains("Infinity"), label + ": " + row + "\n" + text);
            assertEquals(daily.get(0).split(",", -1).length, row.split(",", -1).length, label + ": ragged daily.csv");
        }
        new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    private static void oneLine(String label, String err) {
        String line = err.strip();
        assertEquals(1, line.lines().count(), label + ": one line: " + line);
        assertFalse(line.contains("Exception") || line.contains("internal error") || line.contains("\tat "), label + ": " + line);
        assertTrue(ONE_LINE.matcher(line).matches(), label + ": names the file or --set: " + line);
        assertTrue(line.length() < 2000, label + ": short: " + line);
    }

    static String mutate(String text, Random rnd) {
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int at = rnd.nextInt(lines.size());
            String line = lines.get(at);
            switch (rnd.nextInt(9)) {
                case 0, 1, 2 -> { // a number becomes an odd value
                    Matcher m = NUMBER.matcher(line);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] s = spans.get(rnd.nextInt(spans.size()));
                        lines.set(at, line.substring(0, s[0]) + VALUES[rnd.nextInt(VALUES.length)] + line.substring(s[1]));
                    }
                }
                case 3 -> lines.remove(at);
                case 4 -> lines.add(at, line);
                case 5 -> lines.add(at, LINES[rnd.nextInt(LINES.length)]);
                case 6 -> lines.set(at, rnd.nextBoolean() ? "  " + line : line.replaceFirst("^  ", ""));
                case 7 -> {
                    int j = rnd.nextInt(lines.size());
                    lines.set(at, lines.get(j));
                    lines.set(j, line);
                }
                default -> {
                    if (!line.isEmpty()) {
                        int c = rnd.nextInt(line.length());
                        lines.set(at, line.substring(0, c) + JUNK.charAt(rnd.nextInt(JUNK.length())) + line.substring(c + 1));
                    }
                }
            }
            text = String.join("\n", lines);
        }
        if (rnd.nextInt(12) == 0) {
            text = text.substring(0, rnd.nextInt(text.length() + 1)); // cut short
        }
        return text;
    }

    static String mutateEdges(String text, Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> "";
            case 1 -> text + "40,1\n";
            case 2 -> text + "-1,2\n";
            case 3 -> text + "0,1,2,3\n";
            case 4 -> text + "1\u0000,2\n";
            case 5 -> text + "\uFF11,2\n";
            case 6 -> "\uFEFF" + text;
            case 7 -> text + "2147483648,0\n";
            case 8 -> text + "0,1,friend\n";
            default -> {
                if (text.isEmpty()) {
                    yield "x";
                }
                int c = rnd.nextInt(text.length());
                yield text.substring(0, c) + JUNK.charAt(rnd.nextInt(JUNK.length())) + text.substring(c + 1);
            }
        };
    }

    private static String printable(String s) {
        return s.replace("\u0000", "\\0");
    }
}
