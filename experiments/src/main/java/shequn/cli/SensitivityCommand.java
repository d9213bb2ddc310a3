package shequn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.metrics.Kpi;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Outcome;
import shequn.output.Json;
import shequn.sensitivity.Sensitivity;
import shequn.sweep.Sweep;
import shequn.sweep.SweepSpec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sensitivity analysis over a sweep file's parameters: Sobol first-order and "
        + "total indices (Saltelli sampling, bootstrap CIs) and Morris elementary effects (sensitivity.csv, sweep.csv, "
        + "points.csv, summary.json).")
final class SensitivityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "sweep file (YAML); its design is not used, its ranges are")
    Path file;

    @Option(names = "--method", description = "sobol, morris or both (default: ${DEFAULT-VALUE})", defaultValue = "both")
    String method;

    @Option(names = "--samples", description = "N of the Saltelli scheme: N(k+2) points (default: the file's points, else 32)")
    Integer samples;

    @Option(names = "--trajectories", description = "Morris trajectories: r(k+1) points (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    int trajectories;

    @Option(names = "--levels", description = "Morris grid levels (even; default: ${DEFAULT-VALUE})", defaultValue = "4")
    int levels;

    @Option(names = "--bootstrap", description = "bootstrap resamples for the Sobol CIs (default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    int bootstrap;

    @Option(names = "--kpi", split = ",", description = "KPIs to analyse (default: gmv,repeat_rate,profit)")
    List<String> kpis = Kpi.columns(Kpi.OBJECTIVES);

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(1, run.threads);
        engine.check(run.threads);
        if (!List.of("sobol", "morris", "both").contains(method)) {
            throw new BadInput("shequn: --method: expected sobol, morris or both, got '" + method + "'");
        }
        for (String k : kpis) {
            if (!Outcome.TOTALS.contains(k)) {
                throw new BadInput("shequn: --kpi: " + Outcome.unknownTotal(k));
            }
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new BadInput("shequn: --levels: expected an even number of at least 2, got " + levels);
        }
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/sensitivity");
        SweepSpec spec = SweepSpec.read(file);
        int n = samples != null ? samples : spec.points() > 0 ? spec.points() : 32;
        boolean sobol = !method.equals("morris");
        boolean morris = !method.equals("sobol");
        if ((sobol && n < 2) || (morris && trajectories < 2) || bootstrap < 0) {
            throw new BadInput("shequn: --samples and --trajectories must be at least 2, --bootstrap at least 0");
        }
        long k = spec.parameters().size();
        long count = Sizes.saturatingAdd(sobol ? Sizes.saturatingMultiply(n, k + 2) : 0,
                morris ? Sizes.saturatingMultiply(trajectories, k + 1) : 0);
        Sizes.runs(file, count, spec.reps(), spec.base().days(), false, "fewer --samples or --trajectories, or fewer reps");
        if (sobol) {
            Sizes.bootstrap(file, bootstrap, n, k + 2, kpis.size());
        }
        Sensitivity analysis = new Sensitivity(spec, sobol ? n : 0, morris ? trajectories : 0, levels, bootstrap, kpis);
        List<Sweep.Point> points = Sweep.load(spec, analysis.design());
        Sizes.worlds(file, points.stream().map(Sweep.Point::scenario).toList());
        if (run.resume == null) {
            Experiment.checkFresh(dir);
        }
        ExperimentRunner.lock(dir, run.resume); // held until the command ends
        int t = ExperimentRunner.threads(run.threads);
        System.err.printf(Locale.ROOT, "sensitivity: %d parameters, %d points (%s) x %d replications%n", analysis.k(),
                points.size(), (sobol ? "Saltelli N=" + n : "") + (sobol && morris ? ", " : "")
                        + (morris ? "Morris r=" + trajectories : ""), spec.reps());
        Experiment.Result result = ExperimentRunner.run(Sweep.plan("sensitivity", spec, points), Sweep.layout(spec, points),
                dir, t, run.resume != null, engine);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        List<Sensitivity.Row> rows = analysis.analyse(result);
        Sensitivity.write(dir, rows);
        Sweep.writePoints(dir, spec, points, result);
        ObjectNode extra = Json.MAPPER.createObjectNode();
        extra.put("method", method);
        extra.put("saltelli_samples", sobol ? n : 0);
        extra.put("morris_trajectories", morris ? trajectories : 0);
        extra.put("morris_levels", levels);
        extra.put("bootstrap", bootstrap);
        extra.putPOJO("kpis", kpis);
        extra.put("estimators", "S1: Saltelli (2010); ST: Jansen (1999); CIs: percentile bootstrap over the N base rows");
        Sweep.writeSummary(dir, "sensitivity", spec, points, result, engine.workers, extra);
        System.out.print(analysis.table(rows));
        System.out.println("wrote " + dir.resolve("sensitivity.csv") + ", sweep.csv, points.csv, summary.json");
        if (!run.noCharts) {
            ChartCommand.drawAfter(dir);
        }
        return 0;
    }
}
