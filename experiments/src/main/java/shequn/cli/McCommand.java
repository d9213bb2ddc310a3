package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.output.Fmt;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Outcome;
import shequn.montecarlo.Plan;
import shequn.montecarlo.Reports;
import shequn.montecarlo.Stats;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;

@Command(name = "mc", description = "Monte-Carlo: run replications of one scenario in parallel and summarise them "
        + "with 95%% confidence intervals (runs.csv, daily_runs.csv, daily_summary.csv, summary.json).")
final class McCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "scenario file (YAML or JSON)")
    Path file;

    @Option(names = "--reps", required = true, description = "replications (the batch size with --precision)")
    int reps;

    @Option(names = "--seed", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--days", description = "days to simulate (default: the scenario's); the same as --set days=N")
    Integer days;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field, e.g. population.consumers=2000")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--precision", description = "add batches of --reps until the relative 95%% CI half-width of --kpi is at most this")
    Double precision;

    @Option(names = "--kpi", description = "KPI of --precision (default: ${DEFAULT-VALUE})", defaultValue = "gmv")
    String kpi;

    @Option(names = "--max-reps", description = "the most replications --precision may use (default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    int maxReps;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(reps, run.threads);
        engine.check(run.threads);
        checkPrecision();
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/mc");
        if (days != null) {
            overrides = new ArrayList<>(overrides);
            overrides.add("days=" + days); // after the --set settings: --days wins
        }
        Scenario scenario = ScenarioLoader.load(file, overrides);
        Plan plan = Plan.fixed("mc", List.of(file), List.of(scenario), overrides,
                seed != null ? seed : scenario.seed(), reps);
        if (precision != null) {
            plan = plan.withPrecision(precision, kpi, maxReps);
        }
        Sizes.worlds(file, List.of(scenario));
        Sizes.runs(file, 1, precision != null ? Math.max(reps, maxReps) : reps, scenario.days(), true,
                precision != null ? "a lower --max-reps" : "fewer --reps");
        if (run.resume == null) {
            Experiment.checkFresh(dir);
        }
        ExperimentRunner.lock(dir, run.resume); // held until the command ends
        Experiment.Result result = ExperimentRunner.run(plan, dir, ExperimentRunner.threads(run.threads), run.resume != null, engine);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        Reports.writeMc(dir, result, engine.workers);
        System.out.print(table(result));
        System.out.println("wrote " + dir.resolve("runs.csv") + ", daily_runs.csv, daily_summary.csv, summary.json");
        if (!run.noCharts) {
            ChartCommand.drawAfter(dir);
        }
        return 0;
    }

    private void checkPrecision() throws BadInput {
        if (precision == null) {
            return;
        }
        if (!(precision > 0)) {
            throw new BadInput("shequn: --precision: must be above 0, e.g. 0.01 for ±1%, got " + precision);
        }
        if (!Outcome.TOTALS.contains(kpi)) {
            throw new BadInput("shequn: --kpi: " + Outcome.unknownTotal(kpi));
        }
        if (maxReps < reps) {
            throw new BadInput("shequn: --max-reps: must be at least --reps (" + reps + "), got " + maxReps);
        }
    }

    static String table(Experiment.Result r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s — %d replications (stopped by: %s), %.1f s; mean and 95%% confidence interval%n",
                r.plan().scenarios().get(0).name(), r.reps(), r.stopReason().label(), r.wallSeconds()));
        for (String kpi : Outcome.TOTALS) {
            Stats.Estimate e = Stats.estimate(r.of(0).stream().mapToDouble(o -> o.total(kpi)).toArray());
            sb.append(String.format(Locale.ROOT, "  %-21s %16s  [%s, %s]%n", kpi, fmt(e.mean()), fmt(e.low()), fmt(e.high())));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : Math.abs(v) >= 100 ? Fmt.whole(v) : Fmt.fixed(v, 4);
    }
}
