package shequn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import shequn.calibrate.AgentFit;
import shequn.calibrate.CalibrateSpec;
import shequn.calibrate.Calibrator;
import shequn.calibrate.Forecast;
import shequn.calibrate.SearchJournal;
import shequn.calibrate.TransactionCalibration;
import shequn.calibrate.btyd.MaximumLikelihood;
import shequn.calibrate.orders.Cohort;
import shequn.calibrate.orders.OrderLog;
import shequn.optimize.Optimizer;
import shequn.output.Json;
import shequn.output.OutputDir;
import shequn.scenario.ScenarioLoader;
import shequn.sweep.Parameter;

/** {@code calibrate --transactions}: the order-log calibration, from reading the log to summary.json. */
final class TransactionsRun {
    private TransactionsRun() {
    }

    static int call(CalibrateCommand cmd, CalibrateSpec spec, Path dir) throws Exception {
        ExperimentRunner.checkCounts(1, cmd.threads);
        OrderLog log = OrderLog.read(cmd.transactionsFile);
        int weeks = cmd.holdoutWeeks != null ? cmd.holdoutWeeks : Cohort.defaultHoldoutWeeks(log);
        if (weeks < 1) {
            throw new BadInput("calibrate: --holdout-weeks must be at least 1 (the forecast is judged on them), got " + weeks);
        }
        Cohort cohort;
        try {
            cohort = Cohort.of(log, weeks);
        } catch (IllegalArgumentException e) {
            throw new BadInput(cmd.transactionsFile + ": " + e.getMessage() + "; give fewer --holdout-weeks");
        }
        if (cohort.size() < 2 * spec.parameters().size() + 10) {
            throw new BadInput(cmd.transactionsFile + ": only " + cohort.size() + " customers bought before the held-back weeks: "
                    + "too few to fit");
        }
        String fingerprint = fingerprint(cmd, spec, weeks);
        SearchJournal journal = ResumeOnStop.journal(dir, cmd.resume, SearchJournal.FILE, fingerprint);
        int t = ExperimentRunner.threads(cmd.threads);
        long t0 = System.nanoTime();
        System.err.printf(Locale.ROOT, "calibrate: %d customers of %s, %d weeks held back; BG/NBD, Pareto/NBD, and the agent "
                + "model's %d parameters by simulated moments (%d evaluations x %d replications, CRN)%n", cohort.size(),
                cmd.transactionsFile, weeks, spec.parameters().size(), spec.evaluations(), spec.reps());
        if (journal.kept() > 0) {
            System.err.printf(Locale.ROOT, "calibrate: resuming after %d evaluations kept in %s%n", journal.kept(),
                    dir.resolve(SearchJournal.FILE));
        }
        try (journal; ResumeOnStop stop = new ResumeOnStop(dir.resolve(SearchJournal.FILE), "shequn calibrate " + cmd.file
                + " --transactions " + cmd.transactionsFile + (cmd.holdoutWeeks != null ? " --holdout-weeks " + cmd.holdoutWeeks : "")
                + " --resume " + dir)) {
            TransactionCalibration.writeEntries(dir, cohort);
            AgentFit agent = new AgentFit(spec, cohort, dir.resolve("entry.csv"), t);
            double[] mid = new double[spec.parameters().size()];
            java.util.Arrays.fill(mid, 0.5);
            // the agent scenario is checked once here: in the search a bad point only scores -infinity
            Sizes.worlds(cmd.file, List.of(ScenarioLoader.load(spec.scenarioFile(), agent.overrides(mid))));
            agent.progress(Progress.on(System.err));
            AgentFit.Result a = agent.run(journal);
            TransactionCalibration.Result r = TransactionCalibration.fitReferences(cohort, a);
            List<String> paths = spec.parameters().stream().map(Parameter::path).toList();
            TransactionCalibration.write(dir, r, paths);
            String header = "# Written by shequn calibrate from " + spec.source().file() + " and " + cmd.transactionsFile + ".\n"
                    + "# The base scenario " + spec.scenarioFile() + " with these settings applied (entry.csv: one household\n"
                    + "# per customer of the log, entering on the day of their first order):\n"
                    + a.overrides().stream().map(s -> "#   " + s + "\n").reduce("", String::concat);
            Path scenario = Optimizer.writeScenario(dir, spec.scenarioFile(), ScenarioLoader.load(spec.scenarioFile(),
                    a.overrides()), a.overrides(), header, "-calibrated");
            double seconds = (System.nanoTime() - t0) / 1e9;
            summary(dir, cmd, spec, r, scenario, t, seconds);
            System.out.print(TransactionCalibration.report(r, cmd.transactionsFile.toString()));
            System.out.printf(Locale.ROOT, "(%.0f s) wrote %s, parameters.csv, holdout.csv, tracking.csv, customers.csv, moments.csv, trace.csv, "
                    + "entry.csv, summary.json%n", seconds, scenario);
        } catch (Exception | Error e) {
            shequn.files.Written.removeAll(); // the journal (not among them) stays for --resume
            throw e;
        }
        return 0;
    }

    /** What must not change between a run and its resume: the calibration file, the log, the held-back weeks, shequn. */
    static String fingerprint(CalibrateCommand cmd, CalibrateSpec spec, int weeks) throws java.io.IOException {
        return ResumeOnStop.fingerprint(Integer.toString(weeks), cmd.file, cmd.transactionsFile, spec.scenarioFile());
    }

    private static void summary(Path dir, CalibrateCommand cmd, CalibrateSpec spec, TransactionCalibration.Result r,
                                Path scenario, int threads, double seconds) throws Exception {
        Cohort c = r.cohort();
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("command", "calibrate");
        s.put("file", spec.source().file().toString());
        s.put("transactions", cmd.transactionsFile.toString());
        s.put("scenario_file", spec.scenarioFile().toString());
        s.putPOJO("set", spec.set());
        s.put("orders", c.log().rows());
        s.put("customers", c.log().customers());
        s.put("first_date", c.log().first().toString());
        s.put("log_days", c.log().days());
        s.put("calibration_days", c.cut());
        s.put("holdout_weeks", c.holdoutWeeks());
        s.put("cohort", c.size());
        s.put("new_in_holdout", c.newInHoldout());
        s.put("holdout_actual", c.actualCumulative()[c.holdoutWeeks() - 1]);
        ArrayNode models = s.putArray("models");
        for (MaximumLikelihood.Fit f : List.of(r.bgnbd(), r.pareto())) {
            ObjectNode m = models.addObject();
            m.put("model", f.model().name());
            m.put("method", "maximum likelihood; se from the numerical Hessian on the log scale; 95% CI exp(ln v ± 1.96 se_ln)");
            m.put("log_likelihood", f.logLik());
            m.put("settled", f.settled());
            m.putPOJO("warnings", f.warnings());
            ArrayNode ps = m.putArray("parameters");
            for (int i = 0; i < f.value().length; i++) {
                ObjectNode n = ps.addObject();
                n.put("name", f.names().get(i));
                n.put("value", f.value()[i]);
                n.put("se", f.se()[i]);
                n.put("ci_low", f.low()[i]);
                n.put("ci_high", f.high()[i]);
            }
            forecast(m, r.forecasts().get(models.size() - 1), c);
        }
        AgentFit.Result a = r.agent();
        ObjectNode m = models.addObject();
        m.put("model", "agent model");
        m.put("method", "method of simulated moments with common random numbers; se from (G'WG)^-1 (1 + 1/reps)");
        m.put("moment_distance", a.objective());
        m.put("best_at_evaluation", a.bestAt());
        m.put("evaluations", a.evaluations());
        m.put("reps", spec.reps());
        m.putPOJO("warnings", a.warnings());
        ArrayNode ps = m.putArray("parameters");
        for (Calibrator.Fitted f : a.fitted()) {
            f.write(ps.addObject(), "name");
        }
        forecast(m, a.forecast(), c);
        s.put("calibrated_scenario", scenario.toString());
        s.put("master_seed", spec.seed());
        Json.provenance(s);
        s.put("threads", threads);
        s.put("wall_seconds", seconds);
        s.put("written_at", Instant.now().toString());
        new OutputDir(dir).write("summary.json", w -> Json.MAPPER.writeValue(w, s));
    }

    private static void forecast(ObjectNode m, Forecast f, Cohort c) {
        m.put("holdout_forecast", f.cumulative()[f.cumulative().length - 1]);
        m.put("holdout_error", f.totalError(c));
        m.put("per_customer_mae", f.meanAbsoluteError(c));
        m.put("per_customer_rmse", f.rmse(c));
    }
}
