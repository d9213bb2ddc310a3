package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The strategy playbook as one comparison: the baseline against every plan in
 * {@code scenarios/playbook/}, with charts and the HTML report a consultant can send.
 */
@Command(name = "showcase", description = "Run the strategy playbook (scenarios/playbook/*.yaml) against the baseline "
        + "as one comparison, then draw the charts and write DIR/report.html.")
final class ShowcaseCommand implements Callable<Integer> {
    static final String BASELINE = "baseline-no-community.yaml";

    @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE})", defaultValue = "showcase")
    Path out;

    @Option(names = "--reps", description = "replications per plan (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int reps;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--scenarios", description = "scenario library holding the baseline and playbook/ "
            + "(default: the one beside the launcher)")
    Path library;

    @Option(names = "--lang", description = "language of charts and report: en or zh (default: ${DEFAULT-VALUE})",
            defaultValue = "en")
    String lang;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field in every plan, "
            + "e.g. population.consumers=3000 for a quick look")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        VizOptions.style(lang); // a missing CJK font is refused before an hour of simulation, not after
        Path scenarios = library != null ? library : defaultLibrary();
        CompareCommand compare = new CompareCommand();
        compare.files = plans(scenarios);
        compare.reps = reps;
        compare.run.threads = threads;
        compare.run.out = out;
        compare.overrides = overrides;
        compare.run.noCharts = true;
        int code = compare.call();
        if (code != 0) {
            return code;
        }
        ChartCommand.draw(out, lang, VizOptions.formats("png,svg"), 150, out.resolve("charts"));
        ReportCommand report = new ReportCommand();
        report.dir = out;
        report.lang = lang;
        return report.call();
    }

    /** The baseline first, then the playbook's plans in file-name order. */
    static List<Path> plans(Path scenarios) throws Exception {
        Path baseline = scenarios.resolve(BASELINE);
        Path playbook = scenarios.resolve("playbook");
        if (!Files.isRegularFile(baseline) || !Files.isDirectory(playbook)) {
            throw new BadInput(scenarios + ": --scenarios: expected " + BASELINE + " and a playbook/ folder there");
        }
        List<Path> files = new ArrayList<>();
        files.add(baseline);
        try (Stream<Path> plans = Files.list(playbook)) {
            plans.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        if (files.size() < 2) {
            throw new BadInput(playbook + ": no plans (*.yaml) to compare with the baseline");
        }
        return files;
    }

    /** The bundled library: beside the launcher or the jar, found from any working directory. */
    static Path defaultLibrary() {
        return Home.scenarios();
    }
}
