package shequn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.output.Fmt;
import shequn.montecarlo.Batch;
import shequn.montecarlo.Comparison;
import shequn.montecarlo.Incremental;
import shequn.montecarlo.Stats;
import shequn.optimize.OptimizeSpec;
import shequn.optimize.Optimizer;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.Campaign;
import shequn.scenario.ScenarioLoader;

@Command(name = "optimize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        aliases = "optimise", description = "Allocate a campaign budget across levers (and timing) to "
        + "maximise GMV, profit, repeat rate or fans: CMA-ES on a common-random-number objective; writes the best plan "
        + "as a scenario file, trace.csv, validation.csv and summary.json.")
final class OptimizeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OPT", description = "optimisation file (YAML)")
    Path file;

    @Option(names = "--out", description = "output folder (default: out/optimize)")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--no-charts", description = "do not draw the charts (DIR/charts) after the tables")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(1, threads);
        Path dir = out != null ? out : Path.of("out/optimize");
        OptimizeSpec spec = OptimizeSpec.read(file);
        Sizes.worlds(file, java.util.List.of(spec.base()));
        OutputFolder.refuseResults(dir);
        OutputFolder.open(dir); // created, writable and locked before any work; held until the command ends
        OutputFolder.refuseResults(dir); // again: another process may have written it before we held the lock
        int t = ExperimentRunner.threads(threads);
        long t0 = System.nanoTime();
        System.err.printf(Locale.ROOT, "optimize: %s over %d levers%s, %d evaluations x %d replications (CRN), then %d fresh "
                + "paired replications%n", spec.objective(), spec.levers().size(), spec.timing() ? " with timing" : "",
                spec.evaluations(), spec.reps(), spec.validationReps());
        Optimizer.Answer a;
        try {
            try (StopCleanly stop = new StopCleanly("optimize", System.err); Batch batch = new Batch(t, new AtomicBoolean())) {
                Optimizer opt = new Optimizer(spec, batch);
                opt.progress(Progress.on(System.err));
                a = opt.run(dir);
                String header = "# Written by shequn optimize from " + spec.source().file() + " (objective " + spec.objective()
                        + ", budget " + String.format(Locale.ROOT, "%.2f", a.budget()) + " yuan over the levers).\n"
                        + "# The base scenario " + spec.scenarioFile() + " with these settings applied:\n"
                        + a.overrides().stream().map(s -> "#   " + s + "\n").reduce("", String::concat);
                Path plan = Optimizer.writePlan(dir, spec.scenarioFile(), ScenarioLoader.load(spec.scenarioFile(), a.overrides()),
                        a.overrides(), header);
                double seconds = (System.nanoTime() - t0) / 1e9;
                writeSummary(dir, spec, a, plan, t, seconds);
                System.out.print(report(spec, a, seconds));
                System.out.print(CompareCommand.verdicts(dir));
                System.out.println("wrote " + plan + ", trace.csv, validation.csv, summary.json");
                if (!noCharts) {
                    ChartCommand.drawAfter(dir);
                }
            }
        } catch (Exception | Error e) {
            shequn.files.Written.removeAll(); // a search that cannot resume leaves nothing to block the next try
            throw e;
        }
        return 0;
    }

    static String report(OptimizeSpec spec, Optimizer.Answer a, double seconds) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "best of %d plans (%.0f s); budget %,.0f yuan over the levers%n", a.search().evaluations(), seconds, a.budget()));
        sb.append(String.format(Locale.ROOT, "  %-4s %-22s %14s%s%n", "#", "lever", "budget (yuan)", spec.timing() ? "  start  every" : ""));
        for (int i = 0; i < spec.levers().size(); i++) {
            Campaign c = spec.base().campaigns().get(spec.levers().get(i));
            sb.append(String.format(Locale.ROOT, "  %-4d %-22s %,14.2f%s%n", spec.levers().get(i), c.name(), a.best().budgets()[i],
                    a.best().start() == null ? "" : String.format(Locale.ROOT, "  %5d  %5d", a.best().start()[i], a.best().every()[i])));
        }
        String label = spec.objective().replace('_', ' ');
        sb.append(String.format(Locale.ROOT, "on %d fresh replications (paired, common random numbers), 95%% CI:%n",
                a.difference().n()));
        sb.append(String.format(Locale.ROOT, "  base plan   %s %s, cost %s%n", label, est(a.baseObjective()), est(a.baseCost())));
        sb.append(String.format(Locale.ROOT, "  best plan   %s %s, cost %s%n", label, est(a.bestObjective()), est(a.bestCost())));
        Stats.Estimate d = a.difference();
        String verdict = d.low() > 0 ? "beats" : d.high() < 0 ? "is worse than" : "is not clearly better than";
        String diff = Math.abs(d.mean()) >= 100
                ? Fmt.signedWhole(d.mean()) + " [" + Fmt.signedWhole(d.low()) + ", " + Fmt.signedWhole(d.high()) + "]"
                : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", d.mean(), d.low(), d.high());
        sb.append(String.format(Locale.ROOT, "  the best plan %s the base plan: %s %s (%+.1f%%), better in %.0f%% of replications%n",
                verdict, label, diff, 100 * d.mean() / Math.abs(a.baseObjective().mean()), 100 * a.pBetter()));
        sb.append(Comparison.block(a.economics()));
        return sb.toString();
    }

    private static String est(Stats.Estimate e) {
        return Math.abs(e.mean()) >= 100
                ? Fmt.whole(e.mean()) + " [" + Fmt.whole(e.low()) + ", " + Fmt.whole(e.high()) + "]"
                : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.mean(), e.low(), e.high());
    }

    private static void writeSummary(Path dir, OptimizeSpec spec, Optimizer.Answer a, Path plan, int threads, double seconds)
            throws Exception {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", "optimize");
        s.put("file", spec.source().file().toString());
        s.put("scenario_file", spec.scenarioFile().toString());
        s.putPOJO("set", spec.set());
        s.put("objective", spec.objective());
        s.put("kpi", spec.kpi());
        s.put("budget", a.budget());
        s.put("keep_unspent", spec.keepUnspent());
        s.put("timing", spec.timing());
        s.putPOJO("levers", spec.levers());
        s.putPOJO("best_budgets", a.best().budgets());
        if (a.best().start() != null) {
            s.putPOJO("best_start", a.best().start());
            s.putPOJO("best_every", a.best().every());
        }
        s.put("best_plan_file", plan.toString());
        s.putPOJO("best_plan_overrides", a.overrides());
        s.put("evaluations", a.search().evaluations());
        s.put("search_reps", spec.reps());
        s.put("search_objective_best", a.search().value());
        s.put("search_objective_base", a.baseSearch().mean());
        s.put("validation_reps", spec.validationReps());
        s.set("base", estimate(a.baseObjective()));
        s.set("best", estimate(a.bestObjective()));
        s.set("difference", estimate(a.difference()));
        s.set("base_cost", estimate(a.baseCost()));
        s.set("best_cost", estimate(a.bestCost()));
        s.put("p_better", a.pBetter());
        s.set("incremental", incremental(a.economics()));
        s.put("master_seed", spec.seed());
        s.put("seeds", "search: Seeds.replication(master_seed, i); validation: Seeds.replication(Seeds.stream(master_seed, "
                + "0x56414C49), i)");
        Json.provenance(s); // version, commit, dirty, java
        s.put("threads", threads);
        s.put("wall_seconds", seconds);
        s.put("written_at", Instant.now().toString());
        new OutputDir(dir).write("summary.json", w -> Json.MAPPER.writeValue(w, s));
    }

    /**
     * The best plan against the base plan on the fresh paired replications: Δ GMV, gross margin, spend
     * and profit (yuan) and the incremental ROI, as incremental.csv gives them for compare.
     */
    static ObjectNode incremental(Incremental.Economics e) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("scenario", e.scenario());
        node.put("baseline", e.baseline());
        node.put("replications", e.n());
        node.put("baseline_gmv", e.baselineGmv());
        node.set("gmv", estimate(e.gmv()));
        node.set("gross_margin", estimate(e.grossMargin()));
        node.set("cost", estimate(e.cost()));
        ObjectNode profit = estimate(e.profit());
        profit.put("p_better", e.pProfit());
        node.set("profit", profit);
        Map<String, Double> roi = new LinkedHashMap<>();
        roi.put("mean", e.roi().estimate());
        roi.put("ci_low", e.roi().low());
        roi.put("ci_high", e.roi().high());
        ObjectNode r = Json.numbers(roi);
        r.put("note", e.roi().note());
        r.put("method", Incremental.METHOD);
        node.set("incremental_roi", r);
        return node;
    }

    static ObjectNode estimate(Stats.Estimate e) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean", e.mean());
        m.put("ci_low", e.low());
        m.put("ci_high", e.high());
        return Json.numbers(m);
    }
}
