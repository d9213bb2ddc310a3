package shequn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.output.Fmt;
import shequn.montecarlo.Experiment;
import shequn.montecarlo.Stats;
import shequn.sweep.Parameter;
import shequn.sweep.Sweep;
import shequn.sweep.SweepSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Parameter sweep: run replications at every point of a grid, Latin hypercube or "
        + "Sobol design with common random numbers (sweep.csv, points.csv, summary.json).")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "sweep file (YAML): scenario, parameters, design, points, reps, seed")
    Path file;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(1, run.threads);
        engine.check(run.threads);
        Path dir = ExperimentRunner.folder(run.out, run.resume, "out/sweep");
        SweepSpec spec = SweepSpec.read(file);
        Sizes.runs(file, Sweep.count(spec), spec.reps(), spec.base().days(), false,
                "fewer levels, values or parameters, or fewer reps");
        List<Sweep.Point> points = Sweep.load(spec, Sweep.design(spec));
        Sizes.worlds(file, points.stream().map(Sweep.Point::scenario).toList());
        if (run.resume == null) {
            Experiment.checkFresh(dir);
        }
        ExperimentRunner.lock(dir, run.resume); // held until the command ends
        int t = ExperimentRunner.threads(run.threads);
        System.err.printf(Locale.ROOT, "sweep: %d points x %d replications (%s design, common random numbers)%n",
                points.size(), spec.reps(), spec.design());
        Experiment.Result result = ExperimentRunner.run(Sweep.plan("sweep", spec, points), Sweep.layout(spec, points),
                dir, t, run.resume != null, engine);
        if (result.stopReason() == Experiment.StopReason.INTERRUPTED) {
            return ExperimentRunner.INTERRUPTED;
        }
        Sweep.writePoints(dir, spec, points, result);
        Sweep.writeSummary(dir, "sweep", spec, points, result, engine.workers, null);
        System.out.print(table(spec, points, result));
        System.out.println("wrote " + dir.resolve(Sweep.SWEEP_CSV) + ", points.csv, summary.json");
        if (!run.noCharts) {
            ChartCommand.drawAfter(dir);
        }
        return 0;
    }

    private static String pad(String text, String column) {
        return String.format(Locale.ROOT, "%" + Math.max(10, column.length()) + "s", text);
    }

    /** The points ranked by mean GMV (the best ten), with 95% intervals of GMV and repeat rate. */
    static String table(SweepSpec spec, List<Sweep.Point> points, Experiment.Result r) {
        List<Integer> order = new ArrayList<>();
        double[] gmv = Sweep.means(r, points.size(), "gmv");
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -gmv[i]));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%d points x %d replications in %.1f s; best %d by mean GMV (95%% CI)%n", points.size(), spec.reps(),
                r.wallSeconds(), Math.min(10, points.size())));
        sb.append(String.format(Locale.ROOT, "%-6s", "point"));
        for (String c : spec.columns()) {
            sb.append(' ').append(pad(c, c));
        }
        sb.append(String.format(Locale.ROOT, " %32s %22s%n", "GMV (yuan)", "repeat rate"));
        for (int i : order.subList(0, Math.min(10, order.size()))) {
            sb.append(String.format(Locale.ROOT, "%-6d", i));
            for (int d = 0; d < spec.columns().size(); d++) {
                var v = points.get(i).values().get(d);
                String cell = v.isFloatingPointNumber() ? Fmt.sig(v.asDouble(), 5) : Parameter.cell(v);
                sb.append(' ').append(pad(cell, spec.columns().get(d)));
            }
            Stats.Estimate g = Stats.estimate(Sweep.values(r, i, "gmv"));
            Stats.Estimate rr = Stats.estimate(Sweep.values(r, i, "repeat_rate"));
            sb.append(String.format(Locale.ROOT, " %32s %22s%n",
                    Fmt.whole(g.mean()) + " [" + Fmt.whole(g.low()) + ", " + Fmt.whole(g.high()) + "]",
                    Fmt.fixed(100 * rr.mean(), 1) + "% [" + Fmt.fixed(100 * rr.low(), 1) + ", " + Fmt.fixed(100 * rr.high(), 1) + "]"));
        }
        return sb.toString();
    }
}
