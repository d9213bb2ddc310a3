package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Reports;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.viz.Lang;
import shequn.viz.Messages;
import shequn.viz.data.Results;
import shequn.viz.report.Verdicts;

@Command(name = "compare", description = "Compare strategies with common random numbers: replication i of every "
        + "scenario shares population, network and needs; differences are paired against the first scenario.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "2..*", description = "scenario files; the first is the baseline")
    List<Path> files;

    @Option(names = "--reps", required = true, description = "replications per scenario")
    int reps;

    @Option(names = "--seed", description = "master seed (default: the first scenario's seed)")
    Long seed;

    @Option(names = "--days", description = "days to simulate (default: the scenario's); the same as --set days=N")
    Integer days;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field in every scenario")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--independent", description = "give each scenario its own seeds (no common random numbers), "
            + "to see how much pairing narrows the intervals")
    boolean independent;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(reps, run.threads);
        engine.check(run.threads);
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/compare");
        if (days != null) {
            overrides = new ArrayList<>(overrides);
            overrides.add("days=" + days); // after the --set settings: --days wins
        }
        List<Scenario> scenarios = load();
        Plan plan = Plan.fixed("compare", files, scenarios, overrides,
                seed != null ? seed : scenarios.get(0).seed(), reps);
        if (independent) {
            plan = plan.withIndependentSeeds();
        }
        Sizes.worlds(files.get(0), scenarios);
        Sizes.runs(files.get(0), scenarios.size(), reps, scenarios.stream().mapToInt(Scenario::days).max().orElse(0), true,
                "fewer --reps or scenarios");
        if (run.resume == null) {
            Experiment.checkFresh(dir);
        }
        ExperimentRunner.lock(dir, run.resume); // held until the command ends
        Experiment.Result result = ExperimentRunner.run(plan, dir, ExperimentRunner.threads(run.threads), run.resume != null, engine);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        Comparison comparison = Reports.writeCompare(dir, result, engine.workers);
        System.out.print(comparison.table());
        System.out.print(verdicts(dir));
        System.out.println("wrote " + dir.resolve("comparison.csv") + ", incremental.csv, runs.csv, daily_runs.csv, "
                + "daily_summary.csv, summary.json");
        if (!run.noCharts) {
            ChartCommand.drawAfter(dir);
        }
        return 0;
    }

    /**
     * The verdict, read back from the tables just written, in the words of the report (so the terminal
     * and {@code shequn report} say the same): per plan, the most profitable first, profit, GMV and
     * the incremental ROI; then repeat rate.
     */
    static String verdicts(Path dir) {
        Results results = new Results(dir);
        Verdicts v = new Verdicts(new Messages(Lang.EN));
        StringBuilder sb = new StringBuilder("verdict (paired, 95% CI):\n");
        for (String line : v.economics(results.incremental())) {
            sb.append("  ").append(line).append('\n');
        }
        for (String line : v.sentences(results.comparison("repeat_rate"))) {
            sb.append("  ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** Loads every scenario and refuses sets that cannot be paired. */
    private List<Scenario> load() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(ScenarioLoader.load(f, overrides));
        }
        Scenario first = scenarios.get(0);
        for (int s = 1; s < scenarios.size(); s++) {
            Scenario other = scenarios.get(s);
            if (other.households() != first.households()) {
                throw new BadInput("shequn: cannot pair " + files.get(s) + " with " + files.get(0) + ": populations differ ("
                        + other.households() + " vs " + first.households() + " consumers)");
            }
        }
        if (new HashSet<>(scenarios.stream().map(Scenario::name).toList()).size() != scenarios.size()) {
            throw new BadInput("shequn: two scenarios share a name; the scenario column would not tell them apart");
        }
        return scenarios;
    }
}
