package shequn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shequn.validation.Check;
import shequn.validation.CheckResult;
import shequn.validation.Effort;
import shequn.validation.Suite;
import shequn.viz.NamedChart;
import shequn.viz.check.CheckChart;
import shequn.viz.export.ChartFiles;
import shequn.viz.export.Format;

@Command(name = "check-model", description = {
    "Validate the model: docking with the Bass, independent-cascade, NBD and BG/NBD models and the",
    "stylized facts SF1-SF8, and the strategy part (full run only: paired plan comparisons, each row on a",
    "tolerance fixed in code) (docs/VALIDATION.md). One row per check; exit code 1 if any check fails.",
    "Rows marked 'input' only echo a calibrated input: they can fail, but are not counted as passes."})
final class CheckModelCommand implements Callable<Integer> {
    /** Each check's chart is written as a picture and as a vector drawing, at the chart command's default resolution. */
    static final List<Format> CHART_FORMATS = List.of(Format.PNG, Format.SVG);
    static final int CHART_DPI = 150;

    @Option(names = "--quick", description = "the small subset the test suite runs (small populations, few replications)")
    boolean quick;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "run only these checks: bass, cascade, nbd, bgnbd, sf1 … sf8, strategy (not with --quick)")
    List<String> only = new ArrayList<>();

    @Option(names = "--charts", paramLabel = "DIR", description = "write each check's chart (PNG and SVG) into DIR")
    Path charts;

    @Option(names = "--notes", description = "print each row's note under the table")
    boolean notes;

    @Option(names = "--threads", description = "replications run in parallel (default: cores); results do not depend on it")
    Integer threads;

    @Option(names = "--root", paramLabel = "DIR", description = "repository root holding scenarios/validation (default: found from here)")
    Path root;

    @Override
    public Integer call() throws Exception {
        Path base = root != null ? root : Effort.locateRoot();
        if (base == null || !Files.isDirectory(base.resolve("scenarios/validation"))) {
            throw new BadInput((root == null ? "." : root) + ": --root: no scenarios/validation here; run from the repository");
        }
        List<Check> checks = new ArrayList<>();
        for (Check c : Suite.all()) {
            if (only.isEmpty() ? !quick || c.quick() : only.contains(c.id())) { // named: runs even if not quick
                checks.add(c);
            }
        }
        for (String id : only) {
            if (Suite.all().stream().noneMatch(c -> c.id().equals(id))) {
                throw new BadInput("--only " + id + ": no such check (bass, cascade, nbd, bgnbd, sf1 … sf8, strategy)");
            }
        }
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (cores < 1) {
            throw new BadInput("--threads: must be at least 1, got " + cores);
        }
        if (charts != null) {
            OutputFolder.open(charts, "--charts", "wait for it or choose another --charts"); // before the checks run
        }
        Effort effort = new Effort(quick, cores, base, Effort.SEED);
        List<CheckResult> rows = new ArrayList<>();
        try (Progress bar = new Progress("checking model" + (quick ? " (quick)" : ""), checks.size(), System.err)) {
            int done = 0;
            bar.update(0);
            for (Check c : checks) {
                rows.addAll(c.run(effort));
                bar.update(++done);
            }
        }
        System.out.print(Suite.table(rows));
        if (notes) {
            for (CheckResult r : rows) {
                if (r.note() != null && !r.note().isEmpty()) {
                    System.out.println("  " + r.name() + ": " + r.note());
                }
            }
        }
        if (charts != null) {
            List<NamedChart> drawn = new ArrayList<>();
            for (CheckResult r : rows) {
                if (r.chart() != null) {
                    drawn.add(CheckChart.draw(r.chart()));
                }
            }
            ChartFiles.write(drawn, charts, CHART_FORMATS, CHART_DPI);
        }
        long failed = rows.stream().filter(CheckResult::failed).count();
        System.out.print(Suite.summary(rows));
        return failed > 0 ? 1 : 0;
    }
}
