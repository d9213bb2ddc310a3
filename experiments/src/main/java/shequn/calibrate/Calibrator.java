package shequn.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import shequn.engine.Seeds;
import shequn.metrics.Kpi;
import shequn.montecarlo.Batch;
import shequn.montecarlo.Meter;
import shequn.montecarlo.Stats;
import shequn.optimize.Search;
import shequn.output.OutputDir;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.sweep.Parameter;
import shequn.world.World;

/**
 * Simulated least squares with common random numbers: a candidate parameter vector is scored by
 * the mean over the same replication seeds of each target KPI series, aggregated by period and
 * compared with the observed series on the fitted window. Each target's residuals are divided by
 * its mean observed level, so KPIs of different units weigh alike and the fit error reads as a
 * share of the level (normalised RMSE). CMA-ES searches the parameters' box; the uncertainty of the
 * fit comes from the curvature of the least-squares surface (Gauss–Newton: cov = s² (JᵀJ)⁻¹ with a
 * finite-difference Jacobian under the same seeds, s² = SSE / (n − p)).
 */
public final class Calibrator {
    private Meter.Factory progress = Meter.NONE;

    /** How progress over evaluations is reported (a bar on stderr in the CLI); not at all by default. */
    public void progress(Meter.Factory to) {
        this.progress = to;
    }

    private final CalibrateSpec spec;
    private final Observed observed;
    private final Batch batch;
    private final Path baseDir;
    private final int p;
    private final double[] scale;

    /** A fitted parameter: value, standard error and 95% interval (clipped to the range). */
    public record Fitted(String path, double value, double se, double low, double high) {
        /** The parameter in a summary.json list, under {@code key} for its path. */
        public void write(com.fasterxml.jackson.databind.node.ObjectNode n, String key) {
            n.put(key, path);
            n.put("value", value);
            n.put("se", se);
            n.put("ci_low", low);
            n.put("ci_high", high);
        }
    }

    /** The fit: parameters, errors on the fitted and held-back windows (overall and per target), overrides. */
    public record Result(List<Fitted> fitted, double sse, double fitError, double holdoutError, double[] fitByTarget,
                         double[] holdoutByTarget, int fitPeriods, int holdoutPeriods, Search.Best search, List<String> overrides,
                         double[][] simulated, int bestAt, List<String> warnings) {
    }

    /** The best point lies this close (in unit coordinates) to a bound: the range may cut the fit off. */
    static final double NEAR_BOUND = 0.01;
    /** The best point came this late in the search (share of evaluations): it may not have settled. */
    static final double LATE = 0.9;

    /** What a careful reader should know about a fit: parameters at a bound, a search still improving. */
    static List<String> warnings(CalibrateSpec spec, double[] u, int bestAt, int evaluations) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            Parameter par = spec.parameters().get(i);
            if (u[i] <= NEAR_BOUND || u[i] >= 1 - NEAR_BOUND) {
                out.add(par.path() + " sits at the " + (u[i] <= NEAR_BOUND ? "lower" : "upper") + " end of its range ("
                        + Parameter.cell(par.at(u[i])) + "): widen the range, the fit may lie beyond it");
            }
        }
        if (bestAt > LATE * evaluations) {
            out.add("the best point came at evaluation " + bestAt + " of " + evaluations
                    + ": the search may not have settled; give more evaluations");
        }
        return out;
    }

    /**
     * The warning for an interval the parameter's range cut short: the 95% interval is kept inside the range,
     * but a reader must know the uncertainty reaches beyond it.
     */
    static String cutShort(Parameter par) {
        return par.path() + "'s 95% interval reaches beyond its range [" + shequn.output.Fmt.sig(par.min(), 6) + ", "
                + shequn.output.Fmt.sig(par.max(), 6) + "] and is cut at it: the data do not pin it down inside the range";
    }

    /** The fitted parameters with their intervals, and a warning for each interval its range cut short. */
    record Intervals(List<Fitted> fitted, List<String> cutShort) {
    }

    public Calibrator(CalibrateSpec spec, Observed observed, Batch batch) {
        this.spec = spec;
        this.observed = observed;
        this.batch = batch;
        this.baseDir = World.baseDirOf(spec.scenarioFile());
        this.p = spec.parameters().size();
        this.scale = new double[spec.targets().size()];
        for (int k = 0; k < scale.length; k++) {
            double[] obs = aggregate(observed.series(spec.targets().get(k)), spec.targets().get(k));
            double sum = 0;
            int n = fitPeriods();
            for (int t = 0; t < n; t++) {
                sum += Math.abs(obs[t]);
            }
            scale[k] = n == 0 || sum == 0 ? 1 : sum / n;
        }
    }

    int fitPeriods() {
        return Math.min(spec.fitDays(), observed.days()) / spec.period();
    }

    /** Complete periods after the fitted window. */
    int holdoutPeriods() {
        int from = fitPeriods() * spec.period();
        return Math.max(0, (observed.days() - from) / spec.period());
    }

    /** A daily series summed (flows) or averaged (states, ratios) over complete periods, as the KPI declares. */
    double[] aggregate(double[] daily, String kpi) {
        int per = spec.period();
        int n = daily.length / per;
        double[] out = new double[n];
        boolean flow = Kpi.of(kpi).week() == Kpi.Week.SUM;
        for (int t = 0; t < n; t++) {
            double s = 0;
            for (int d = t * per; d < (t + 1) * per; d++) {
                s += daily[d];
            }
            out[t] = flow ? s : s / per;
        }
        return out;
    }

    /** The settings that give the parameters at unit coordinates {@code u}. */
    public List<String> overrides(double[] u) {
        List<String> out = new ArrayList<>(spec.set());
        for (int i = 0; i < p; i++) {
            Parameter par = spec.parameters().get(i);
            out.add(par.override(par.at(u[i])));
        }
        return out;
    }

    /** Mean daily series of each target over the CRN replications, for the observed days. */
    public double[][] simulate(double[] u) throws Exception {
        Scenario s = ScenarioLoader.load(spec.scenarioFile(), overrides(u));
        List<Batch.Task> tasks = new ArrayList<>();
        for (int r = 0; r < spec.reps(); r++) {
            tasks.add(new Batch.Task(0, r, Seeds.replication(spec.seed(), r), s, baseDir));
        }
        List<Kpi> columns = spec.targets().stream().map(Kpi::of).toList();
        List<double[][]> runs = batch.daily(tasks, columns);
        double[][] mean = new double[columns.size()][observed.days()];
        for (int k = 0; k < mean.length; k++) {
            for (double[][] daily : runs) {
                for (int d = 0; d < observed.days(); d++) {
                    mean[k][d] += daily[d][k] / runs.size();
                }
            }
        }
        return mean;
    }

    /** Normalised residuals, target by target, on the fitted window (holdout false) or the held-back one. */
    double[] residuals(double[][] sim, boolean holdout) {
        int from = holdout ? fitPeriods() : 0;
        int n = holdout ? holdoutPeriods() : fitPeriods();
        double[] r = new double[n * spec.targets().size()];
        for (int k = 0; k < spec.targets().size(); k++) {
            String kpi = spec.targets().get(k);
            double[] s = aggregate(sim[k], kpi);
            double[] o = aggregate(observed.series(kpi), kpi);
            for (int t = 0; t < n; t++) {
                r[k * n + t] = (s[from + t] - o[from + t]) / scale[k];
            }
        }
        return r;
    }

    static double sse(double[] r) {
        double s = 0;
        for (double x : r) {
            s += x * x;
        }
        return s;
    }

    /** Root mean square of the normalised residuals of each target. */
    double[] byTarget(double[] r) {
        int targets = spec.targets().size();
        int n = r.length / targets;
        double[] out = new double[targets];
        for (int k = 0; k < targets; k++) {
            double s = 0;
            for (int t = 0; t < n; t++) {
                s += r[k * n + t] * r[k * n + t];
            }
            out[k] = n == 0 ? Double.NaN : Math.sqrt(s / n);
        }
        return out;
    }

    public Result run(Path out) throws Exception {
        return run(out, null);
    }

    /**
     * As {@link #run(Path)}, journaling each evaluation of the search in {@code journal} (and answering those it
     * kept from it) when not null, so a killed calibration resumes where it stopped.
     */
    public Result run(Path out, SearchJournal journal) throws Exception {
        double[] start = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        double[] sigma = new double[p];
        for (int i = 0; i < p; i++) {
            Parameter par = spec.parameters().get(i);
            double baseValue = baseValue(par);
            start[i] = Double.isNaN(baseValue) ? 0.5 : Math.min(1, Math.max(0, par.unitOf(baseValue)));
            upper[i] = 1;
            sigma[i] = 0.3;
        }
        Search.Best best;
        double[] bestSeen = {Double.NEGATIVE_INFINITY};
        int[] bestAt = {0};
        try (BufferedWriter trace = shequn.files.Written.writer(out.resolve("trace.csv"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE);
             Meter bar = progress.open("evaluations", spec.evaluations())) {
            trace.write("evaluation,sse," + String.join(",", spec.parameters().stream().map(Parameter::path).toList()) + "\n");
            best = Search.maximise(Search.searchable(SearchJournal.around(journal, u -> -sse(residuals(simulate(u), false)))), start, lower, upper, sigma, 0, spec.evaluations(), spec.seed(), (k, u, v) -> {
                if (v > bestSeen[0]) {
                    bestSeen[0] = v;
                    bestAt[0] = k;
                }
                StringBuilder sb = new StringBuilder().append(k).append(',').append(num(-v));
                for (int i = 0; i < p; i++) {
                    sb.append(',').append(Parameter.cell(spec.parameters().get(i).at(u[i])));
                }
                trace.write(sb.append('\n').toString());
                trace.flush();
                bar.update(k);
            });
        }
        double[] u = best.point();
        double[][] sim = simulate(u);
        double[] fit = residuals(sim, false);
        double[] hold = residuals(sim, true);
        Intervals intervals = curvature(u, fit);
        List<String> warnings = new ArrayList<>(warnings(spec, u, bestAt[0], best.evaluations()));
        warnings.addAll(intervals.cutShort());
        return new Result(intervals.fitted(), sse(fit), Math.sqrt(sse(fit) / fit.length),
                hold.length == 0 ? Double.NaN : Math.sqrt(sse(hold) / hold.length), byTarget(fit), byTarget(hold),
                fitPeriods(), holdoutPeriods(), best, overrides(u), sim, bestAt[0], warnings);
    }

    private double baseValue(Parameter par) {
        // the scenario's own value, in file spelling, as the search's starting point
        com.fasterxml.jackson.databind.JsonNode v = shequn.scenario.ScenarioTree.get(new com.fasterxml.jackson.databind.ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                .valueToTree(spec.base()), par.path());
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /**
     * Standard errors from the Gauss–Newton curvature at the fit, by central differences under the same seeds. The
     * residual variance s² is estimated from the fit's own residuals, which carry the observed series' noise and the
     * noise of the simulated mean of {@code reps} replications alike: for independent periods that is simulated least
     * squares' cov = σ²(1 + 1/R)(JᵀJ)⁻¹ (Gouriéroux &amp; Monfort 1996), with E s² = σ²(1 + 1/R). What it does not
     * see is serial correlation of the residuals.
     */
    Intervals curvature(double[] u, double[] r0) throws Exception {
        int n = r0.length;
        double[][] jac = new double[n][p];
        for (int i = 0; i < p; i++) {
            double h = 0.02;
            double[] up = u.clone();
            double[] dn = u.clone();
            up[i] = Math.min(1, u[i] + h);
            dn[i] = Math.max(0, u[i] - h);
            double[] ru = residuals(simulate(up), false);
            double[] rd = residuals(simulate(dn), false);
            for (int j = 0; j < n; j++) {
                jac[j][i] = (ru[j] - rd[j]) / (up[i] - dn[i]);
            }
        }
        RealMatrix jm = new Array2DRowRealMatrix(jac, false);
        RealMatrix jtj = jm.transpose().multiply(jm);
        RealMatrix inv = new SingularValueDecomposition(jtj).getSolver().getInverse();
        double s2 = n > p ? sse(r0) / (n - p) : Double.NaN;
        double t = n > p ? Stats.tCritical(n - p, Stats.LEVEL) : Double.NaN;
        List<Fitted> out = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            Parameter par = spec.parameters().get(i);
            double value = par.at(u[i]).asDouble();
            double seUnit = Math.sqrt(Math.max(0, s2 * inv.getEntry(i, i)));
            double se;
            double low;
            double high;
            if (par.log()) {
                // symmetric in the logarithm: the interval is value × / ÷ a factor; se by the delta method
                double seLog = seUnit * Math.log(par.max() / par.min());
                se = value * seLog;
                low = value * Math.exp(-t * seLog);
                high = value * Math.exp(t * seLog);
            } else {
                se = seUnit * (par.max() - par.min());
                low = value - t * se;
                high = value + t * se;
            }
            if (low < par.min() || high > par.max()) {
                cut.add(cutShort(par));
            }
            out.add(new Fitted(par.path(), value, se, Math.max(par.min(), low), Math.min(par.max(), high)));
        }
        return new Intervals(out, cut);
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "NaN";
    }

    /** calibration.csv and fit.csv. */
    public void write(Path out, Result r) throws IOException {
        OutputDir dir = new OutputDir(out);
        dir.write("calibration.csv", w -> {
            w.write("parameter,value,se,ci_low,ci_high,min,max\n");
            for (int i = 0; i < p; i++) {
                Fitted f = r.fitted().get(i);
                Parameter par = spec.parameters().get(i);
                w.write(String.join(",", f.path(), num(f.value()), num(f.se()), num(f.low()), num(f.high()), num(par.min()),
                        num(par.max())) + "\n");
            }
        });
        dir.write("fit.csv", w -> {
            w.write("target,window,period,first_day,observed,simulated\n");
            for (int k = 0; k < spec.targets().size(); k++) {
                String kpi = spec.targets().get(k);
                double[] s = aggregate(r.simulated()[k], kpi);
                double[] o = aggregate(observed.series(kpi), kpi);
                for (int t = 0; t < fitPeriods() + holdoutPeriods(); t++) {
                    w.write(String.join(",", kpi, t < fitPeriods() ? "fit" : "holdout", Integer.toString(t),
                            Integer.toString(t * spec.period()), num(o[t]), num(s[t])) + "\n");
                }
            }
        });
    }
}
