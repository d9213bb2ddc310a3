package shequn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shequn.output.Fmt;
import shequn.calibrate.CalibrateSpec;
import shequn.calibrate.Calibrator;
import shequn.calibrate.Observed;
import shequn.calibrate.SearchJournal;
import shequn.montecarlo.Batch;
import shequn.optimize.Optimizer;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.ScenarioLoader;

@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fit scenario parameters so simulated KPI series match observed ones "
        + "(simulated least squares with common random numbers); writes the calibrated scenario, calibration.csv, "
        + "fit.csv, trace.csv and summary.json. With --transactions: fit BG/NBD, Pareto/NBD and the agent model "
        + "to a client's order log and compare their forecasts of the held-back weeks.")
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAL", description = "calibration file (YAML)")
    Path file;

    @Option(names = "--observed", paramLabel = "CSV", description = "observed daily series: day,KPI,... "
            + "(e.g. a daily.csv)")
    Path observedFile;

    @Option(names = "--transactions", paramLabel = "CSV", description = "an order log: customer,date,amount[,channel,store]; "
            + "fits BG/NBD, Pareto/NBD and the agent model to each customer's history and forecasts the held-back weeks")
    Path transactionsFile;

    @Option(names = "--resume", paramLabel = "DIR", description = "go on with the interrupted calibration in DIR (its "
            + "search-journal.csv, or agent-journal.csv with --transactions), same files and options")
    Path resume;

    @Option(names = "--holdout-weeks", paramLabel = "N", description = "with --transactions: the last N weeks of the log "
            + "are held back to test the forecasts (default: half of the log's whole weeks)")
    Integer holdoutWeeks;

    @Option(names = "--out", description = "output folder (default: out/calibrate)")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        ExperimentRunner.checkCounts(1, threads);
        Path dir = ExperimentRunner.folder(out, resume, "out/calibrate");
        if ((observedFile == null) == (transactionsFile == null)) {
            throw new BadInput("calibrate: give either --observed DAILY.csv (KPI series) or --transactions ORDERS.csv (an order log)");
        }
        if (holdoutWeeks != null && transactionsFile == null) {
            throw new BadInput("calibrate: --holdout-weeks goes with --transactions (with --observed, fit_days sets the fitted window)");
        }
        CalibrateSpec spec = CalibrateSpec.read(file);
        if (transactionsFile != null) {
            return TransactionsRun.call(this, spec, dir);
        }
        if (spec.targets().isEmpty()) {
            throw new BadInput(file + ": targets: expected a list of KPIs to match, e.g. [traffic, gmv]");
        }
        Observed observed = Observed.read(observedFile, spec.targets(), spec.base().days());
        if (!spec.source().at("fit_days").isMissingNode() && observed.days() < spec.fitDays()) {
            throw new BadInput(observedFile + ": " + observed.days() + " observed days, fewer than fit_days: " + spec.fitDays()
                    + " in " + file + "; lower fit_days or give more days");
        }
        if (observed.days() < spec.period()) {
            throw new BadInput(observedFile + ": fewer observed days than one " + spec.aggregate() + " period");
        }
        Sizes.worlds(file, java.util.List.of(spec.base()));
        String fingerprint = fingerprint(spec);
        SearchJournal journal = ResumeOnStop.journal(dir, resume, SearchJournal.SERIES_FILE, fingerprint);
        int t = ExperimentRunner.threads(threads);
        long t0 = System.nanoTime();
        System.err.printf(Locale.ROOT, "calibrate: %d parameters to %s %s series (%d observed days, fitted on days 0-%d), "
                + "%d evaluations x %d replications (CRN)%n", spec.parameters().size(), spec.aggregate(),
                String.join("+", spec.targets()), observed.days(), Math.min(spec.fitDays(), observed.days()) - 1,
                spec.evaluations(), spec.reps());
        if (journal.kept() > 0) {
            System.err.printf(Locale.ROOT, "calibrate: resuming after %d evaluations kept in %s%n", journal.kept(),
                    dir.resolve(SearchJournal.SERIES_FILE));
        }
        try (journal; ResumeOnStop stop = new ResumeOnStop(dir.resolve(SearchJournal.SERIES_FILE), "shequn calibrate " + file
                + " --observed " + observedFile + " --resume " + dir)) {
            try (Batch batch = new Batch(t, new AtomicBoolean())) {
                Calibrator c = new Calibrator(spec, observed, batch);
                c.progress(Progress.on(System.err));
                Calibrator.Result r = c.run(dir, journal);
                c.write(dir, r);
                String header = "# Written by shequn calibrate from " + spec.source().file() + " and " + observedFile + ".\n"
                        + "# The base scenario " + spec.scenarioFile() + " with these settings applied:\n"
                        + r.overrides().stream().map(s -> "#   " + s + "\n").reduce("", String::concat);
                Path scenario = Optimizer.writeScenario(dir, spec.scenarioFile(), ScenarioLoader.load(spec.scenarioFile(),
                        r.overrides()), r.overrides(), header, "-calibrated");
                double seconds = (System.nanoTime() - t0) / 1e9;
                summary(dir, spec, r, scenario, t, seconds);
                System.out.print(report(spec, r, seconds));
                System.out.println("wrote " + scenario + ", calibration.csv, fit.csv, trace.csv, summary.json");
            }
        } catch (Exception | Error e) {
            shequn.files.Written.removeAll(); // the journal (not among them) stays for --resume
            throw e;
        }
        return 0;
    }

    /** What must not change between a run and its resume: the calibration file, the observed series, the scenario, shequn. */
    String fingerprint(CalibrateSpec spec) throws java.io.IOException {
        return ResumeOnStop.fingerprint("observed", file, observedFile, spec.scenarioFile());
    }

    static String report(CalibrateSpec spec, Calibrator.Result r, double seconds) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "best of %d evaluations (%.0f s)%n",
                r.search().evaluations(), seconds));
        sb.append(String.format(Locale.ROOT, "  %-32s %12s %12s %28s%n", "parameter", "fitted", "std error", "95% CI"));
        for (Calibrator.Fitted f : r.fitted()) {
            sb.append(String.format(Locale.ROOT, "  %-32s %12s %12s %28s%n", f.path(), Fmt.sig(f.value(), 5), Fmt.sig(f.se(), 3),
                    "[" + Fmt.sig(f.low(), 5) + ", " + Fmt.sig(f.high(), 5) + "]"));
        }
        sb.append(String.format(Locale.ROOT, "fit error (RMS of residuals / mean observed level): fitted window %.1f%% "
                + "(%d %s periods), held-back window %s (%d periods)%n", 100 * r.fitError(), r.fitPeriods(), spec.aggregate(),
                Double.isNaN(r.holdoutError()) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * r.holdoutError()),
                r.holdoutPeriods()));
        for (int k = 0; k < spec.targets().size(); k++) {
            sb.append(String.format(Locale.ROOT, "  %-14s fitted %5.1f%%   held back %s%n", spec.targets().get(k),
                    100 * r.fitByTarget()[k], r.holdoutPeriods() == 0 ? "—"
                            : String.format(Locale.ROOT, "%5.1f%%", 100 * r.holdoutByTarget()[k])));
        }
        for (String w : r.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static void summary(Path dir, CalibrateSpec spec, Calibrator.Result r, Path scenario, int threads, double seconds)
            throws Exception {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", "calibrate");
        s.put("file", spec.source().file().toString());
        s.put("scenario_file", spec.scenarioFile().toString());
        s.putPOJO("set", spec.set());
        s.put("best_at_evaluation", r.bestAt());
        s.putPOJO("warnings", r.warnings());
        s.putPOJO("targets", spec.targets());
        s.put("aggregate", spec.aggregate());
        s.put("fit_days", spec.fitDays());
        ArrayNode ps = s.putArray("parameters");
        for (Calibrator.Fitted f : r.fitted()) {
            f.write(ps.addObject(), "path");
        }
        s.put("uncertainty", "Gauss-Newton curvature: cov = s^2 (J'J)^-1, J by central differences (h = 0.02 of each range) "
                + "under the same seeds, s^2 = SSE/(n-p); Student t interval");
        s.put("sse", r.sse());
        s.put("fit_error", r.fitError());
        if (!Double.isNaN(r.holdoutError())) {
            s.put("holdout_error", r.holdoutError());
        }
        s.put("fit_periods", r.fitPeriods());
        s.put("holdout_periods", r.holdoutPeriods());
        s.put("calibrated_scenario", scenario.toString());
        s.put("evaluations", r.search().evaluations());
        s.put("reps", spec.reps());
        s.put("master_seed", spec.seed());
        Json.provenance(s); // version, commit, dirty, java
        s.put("threads", threads);
        s.put("wall_seconds", seconds);
        s.put("written_at", Instant.now().toString());
        new OutputDir(dir).write("summary.json", w -> Json.MAPPER.writeValue(w, s));
    }
}
