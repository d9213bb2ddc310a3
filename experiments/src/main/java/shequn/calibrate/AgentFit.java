package shequn.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import shequn.calibrate.orders.Cohort;
import shequn.engine.Seeds;
import shequn.engine.Simulation;
import shequn.metrics.Kpi;
import shequn.montecarlo.Meter;
import shequn.montecarlo.ReplicationPool;
import shequn.optimize.Search;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioLoader;
import shequn.sweep.Parameter;
import shequn.world.World;

/**
 * The agent model fitted to a cohort's histories by the method of simulated moments: one simulated
 * consumer per real customer, entering on the day the customer first bought ({@code population.entry.file}),
 * so both sides have the same times observed. A candidate parameter vector is scored by the
 * weighted distance between the {@link Moments} of the simulated and the real histories (weights:
 * the inverse sampling variances of the real moments), over the same replication seeds for every
 * candidate (common random numbers); CMA-ES searches the box of the calibration file's ranges.
 * Standard errors: (GᵀWG)⁻¹ (1 + 1/reps), G the moments' finite-difference Jacobian under the same
 * seeds (the usual MSM variance with these diagonal weights, ignoring the moments' correlation).
 *
 * <p>The held-back forecast is conditional, like BG/NBD's ({@link LikeHistories}), over
 * {@link #FORECAST_REPS} replications at the fitted point.
 */
public final class AgentFit {
    /** Replications pooled for the conditional forecast at the fitted point. */
    static final int FORECAST_REPS = 10;
    /** Step of the Jacobian, in unit coordinates of each range. */
    static final double H = 0.03;

    private final CalibrateSpec spec;
    private final Cohort cohort;
    private final String entryFile;
    private final int threads;
    private final Path baseDir;
    private final boolean withSpend;
    private final double[][] observed;
    private Meter.Factory progress = Meter.NONE;

    /** The fit: parameters, moments (observed, simulated, variances), the distance, the forecast. */
    public record Result(List<Calibrator.Fitted> fitted, List<String> moments, double[] observed, double[] simulated,
                         double[] variance, double objective, int evaluations, int bestAt, List<String> overrides,
                         Forecast forecast, List<String> warnings, List<String> trace, double[] cumulativeByDay) {
    }

    /** One simulated replication: each consumer's calibration history and held-back purchases by week. */
    record Run(int[] x, int[] lastRepeat, int[] heldByWeek, double gmv, double purchases, int[] repeatsByDay) {
    }

    /**
     * @param entryFile the entry-day CSV (written by the caller into the output folder), one row per cohort customer
     */
    public AgentFit(CalibrateSpec spec, Cohort cohort, Path entryFile, int threads) {
        this.spec = spec;
        this.cohort = cohort;
        this.entryFile = entryFile.toAbsolutePath().toString();
        this.threads = threads;
        this.baseDir = World.baseDirOf(spec.scenarioFile());
        this.withSpend = spec.parameters().stream().anyMatch(p -> p.path().contains("basket"));
        int n = cohort.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = cohort.histories().get(i).x();
            tx[i] = cohort.histories().get(i).tx();
        }
        double[] spend = spendOfLog(cohort);
        this.observed = Moments.of(x, tx, bigT(), spend[0], spend[1], withSpend);
    }

    public void progress(Meter.Factory to) {
        this.progress = to;
    }

    /** Mean spend per calibration transaction of the log and the variance of that mean. */
    static double[] spendOfLog(Cohort c) {
        double s = 0;
        double s2 = 0;
        long k = 0;
        for (int i = 0; i < c.log().customers(); i++) {
            int[] d = c.log().orderDay()[i];
            for (int j = 0; j < d.length && d[j] < c.cut(); j++) {
                double a = c.log().amount()[i][j];
                s += a;
                s2 += a * a;
                k++;
            }
        }
        double mean = s / k;
        return new double[] {mean, Math.max(0, s2 / k - mean * mean) / k};
    }

    private double[] bigT() {
        double[] t = new double[cohort.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = cohort.histories().get(i).T();
        }
        return t;
    }

    /** The settings of the agent model at unit coordinates u: the file's, the cohort's size, span and entry days, the parameters. */
    public List<String> overrides(double[] u) {
        List<String> out = new ArrayList<>(spec.set());
        out.add("days=" + cohort.log().days());
        out.add("population.consumers=" + cohort.size());
        out.add("population.entry={file: '" + entryFile.replace("'", "''") + "'}");
        for (int i = 0; i < u.length; i++) {
            Parameter par = spec.parameters().get(i);
            out.add(par.override(par.at(u[i])));
        }
        return out;
    }

    /** Replications 0 … reps − 1 at u. */
    List<Run> simulate(double[] u, int reps) throws Exception {
        Scenario s = ScenarioLoader.load(spec.scenarioFile(), overrides(u));
        try (ReplicationPool pool = new ReplicationPool(threads)) {
            return pool.map(reps, r -> run(s, Seeds.replication(spec.seed(), r)));
        }
    }

    Run run(Scenario s, long seed) throws Exception {
        int n = cohort.size();
        int cut = cohort.cut();
        int weeks = cohort.holdoutWeeks();
        int[] entry = cohort.entry();
        int[] x = new int[n];
        int[] last = new int[n];
        int[] held = new int[n * weeks];
        int[] prev = new int[n];
        int[] byDay = new int[s.days()];
        Simulation sim = Simulation.start(s, seed, baseDir);
        return sim.complete((day, days) -> {
            int[] p = sim.world().people.purchases;
            for (int i = 0; i < n; i++) {
                if (p[i] == prev[i]) {
                    continue;
                }
                prev[i] = p[i];
                if (day <= entry[i]) {
                    continue; // a purchase on the day of the first order is part of it, as in the log
                }
                byDay[day]++;
                if (day < cut) {
                    x[i]++;
                    last[i] = day;
                } else if (day < cut + 7 * weeks) {
                    held[i * weeks + (day - cut) / 7]++;
                }
            }
        }, done -> {
            double gmv = 0;
            double purchases = 0;
            for (int d = 0; d < cut; d++) {
                gmv += done.kpis().get(d, Kpi.GMV);
                purchases += done.kpis().get(d, Kpi.PURCHASES);
            }
            return new Run(x, last, held, gmv, purchases, byDay);
        });
    }

    /** The moments of simulated replications, pooled over them. */
    double[] moments(List<Run> runs) {
        int n = cohort.size();
        int all = n * runs.size();
        int[] x = new int[all];
        double[] tx = new double[all];
        double[] bigT = new double[all];
        double gmv = 0;
        double purchases = 0;
        int k = 0;
        for (Run r : runs) {
            for (int i = 0; i < n; i++) {
                x[k] = r.x()[i];
                tx[k] = r.x()[i] == 0 ? 0 : (r.lastRepeat()[i] - cohort.entry()[i]) / 7.0;
                bigT[k] = cohort.histories().get(i).T();
                k++;
            }
            gmv += r.gmv();
            purchases += r.purchases();
        }
        return Moments.of(x, tx, bigT, purchases == 0 ? 0 : gmv / purchases, 0, withSpend)[0];
    }

    double distance(double[] sim) {
        double q = 0;
        for (int j = 0; j < sim.length; j++) {
            double d = sim[j] - observed[0][j];
            q += d * d / observed[1][j];
        }
        return q;
    }

    public Result run() throws Exception {
        return run(null);
    }

    /** As {@link #run()}, journaling every evaluation in {@code journal} (and replaying those it kept) when not null. */
    public Result run(SearchJournal journal) throws Exception {
        int p = spec.parameters().size();
        double[] start = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        double[] sigma = new double[p];
        for (int i = 0; i < p; i++) {
            start[i] = 0.5;
            upper[i] = 1;
            sigma[i] = 0.3;
        }
        List<String> trace = new ArrayList<>();
        int[] bestAt = {0};
        double[] bestSeen = {Double.NEGATIVE_INFINITY};
        Search.Best best;
        try (Meter bar = progress.open("agent model", spec.evaluations())) {
            best = Search.maximise(Search.searchable(SearchJournal.around(journal, u -> -distance(moments(simulate(u, spec.reps()))))), start, lower, upper, sigma, 0, spec.evaluations(), spec.seed(), (k, u, v) -> {
                if (v > bestSeen[0]) {
                    bestSeen[0] = v;
                    bestAt[0] = k;
                }
                StringBuilder sb = new StringBuilder().append(k).append(',').append(Calibrator.num(-v));
                for (int i = 0; i < p; i++) {
                    sb.append(',').append(Parameter.cell(spec.parameters().get(i).at(u[i])));
                }
                trace.add(sb.toString());
                bar.update(k);
            });
        }
        double[] u = best.point();
        double[] sim = moments(simulate(u, spec.reps()));
        List<Calibrator.Fitted> fitted = errors(u, sim);
        List<Run> runs = simulate(u, Math.max(FORECAST_REPS, spec.reps()));
        Forecast forecast = LikeHistories.forecast(cohort, runs);
        double[] cumulative = new double[cohort.log().days()];
        for (Run r : runs) {
            double c = 0;
            for (int d = 0; d < cumulative.length; d++) {
                c += r.repeatsByDay()[d];
                cumulative[d] += c / runs.size();
            }
        }
        return new Result(fitted, Moments.names(withSpend), observed[0], sim, observed[1], distance(sim), best.evaluations(),
                bestAt[0], overrides(u), forecast, Calibrator.warnings(spec, u, bestAt[0], best.evaluations()), trace,
                cumulative);
    }

    /** Standard errors from the moments' Jacobian under the same seeds; intervals mapped through each range, not clipped. */
    List<Calibrator.Fitted> errors(double[] u, double[] sim) throws Exception {
        int p = u.length;
        int k = sim.length;
        double[][] g = new double[k][p];
        for (int i = 0; i < p; i++) {
            double[] up = u.clone();
            double[] dn = u.clone();
            up[i] = Math.min(1, u[i] + H);
            dn[i] = Math.max(0, u[i] - H);
            double[] mu = moments(simulate(up, spec.reps()));
            double[] md = moments(simulate(dn, spec.reps()));
            for (int j = 0; j < k; j++) {
                g[j][i] = (mu[j] - md[j]) / (up[i] - dn[i]);
            }
        }
        double[][] info = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                for (int j = 0; j < k; j++) {
                    info[a][b] += g[j][a] * g[j][b] / observed[1][j];
                }
            }
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(info));
        double[][] cov = lu.getSolver().isNonSingular() ? lu.getSolver().getInverse().getData() : null;
        List<Calibrator.Fitted> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            Parameter par = spec.parameters().get(i);
            double seU = cov == null || cov[i][i] < 0 ? Double.NaN : Math.sqrt(cov[i][i] * (1 + 1.0 / spec.reps()));
            double value = par.fromUnit(u[i]);
            double lo = par.fromUnit(u[i] - 1.96 * seU);
            double hi = par.fromUnit(u[i] + 1.96 * seU);
            out.add(new Calibrator.Fitted(par.path(), value, (hi - lo) / (2 * 1.96), lo, hi));
        }
        return out;
    }
}
