package shequn.calibrate.btyd;

import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood for a {@link Model}: Nelder–Mead on the logarithms of the parameters (all
 * positive, and of very different sizes), restarted from its own best point until a restart no
 * longer improves the log-likelihood (a simplex can stall on a ridge). Standard errors from the
 * inverse of the numerical Hessian of −ln L on the log scale; the 95% interval exp(ln θ ± 1.96 se)
 * stays positive and is not clipped; se(θ) = θ · se(ln θ) (delta method).
 */
public final class MaximumLikelihood {
    private MaximumLikelihood() {
    }

    /** A fitted model: parameters, standard errors, intervals, the maximised log-likelihood. */
    public record Fit(Model model, double[] value, double[] se, double[] low, double[] high, double logLik, int evaluations,
                      boolean settled, List<String> warnings) {
        public List<String> names() {
            return model.parameters();
        }
    }

    static final double Z95 = 1.959963984540054;
    /** Restarts stop when one gains less than this in ln L. */
    static final double SETTLED = 1e-6;
    static final int MAX_RESTARTS = 8;
    /**
     * Parameters beyond e^±12 are refused: a likelihood that keeps rising towards a bound (Pareto/NBD's
     * s and β together to infinity, i.e. every customer with the same death rate) has its answer
     * there, and the formulas lose precision further out.
     */
    static final double MAX_LOG = 12;

    public static double logLik(Model m, double[] p, List<History> data) {
        double sum = 0;
        for (History h : data) {
            sum += m.logLikelihood(p, h);
        }
        return sum;
    }

    static double[] exp(double[] u) {
        double[] p = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            p[i] = Math.exp(u[i]);
        }
        return p;
    }

    public static Fit fit(Model m, List<History> data) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
        MultivariateFunction ll = u -> {
            for (double ui : u) {
                if (Math.abs(ui) > MAX_LOG) {
                    return -1e300;
                }
            }
            double v = logLik(m, exp(u), data);
            return Double.isFinite(v) ? v : -1e300; // a point where the formulas fail is no optimum
        };
        SimplexOptimizer opt = new SimplexOptimizer(1e-12, 1e-10);
        double[] u = m.start();
        double best = ll.value(u);
        int evaluations = 0;
        boolean settled = false;
        for (int k = 0; k < MAX_RESTARTS && !settled; k++) {
            PointValuePair p = opt.optimize(new MaxEval(5_000), new ObjectiveFunction(ll), GoalType.MAXIMIZE,
                    new InitialGuess(u), new NelderMeadSimplex(u.length, 0.5));
            evaluations += opt.getEvaluations();
            settled = p.getValue() - best < SETTLED && k > 0;
            if (p.getValue() >= best) {
                best = p.getValue();
                u = p.getPoint();
            }
        }
        double[][] cov = covariance(ll, u);
        int n = u.length;
        double[] value = exp(u);
        double[] se = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        List<String> warnings = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean bound = Math.abs(u[i]) > MAX_LOG - 0.01;
            if (bound) {
                warnings.add(m.parameters().get(i) + " ran to the limit e^" + (u[i] > 0 ? "" : "-") + (int) MAX_LOG
                        + ": the likelihood keeps rising towards a boundary of the model (for Pareto/NBD s and beta "
                        + "together: one death rate s/beta for every customer); no interval");
            }
            double s = cov == null || cov[i][i] < 0 || bound ? Double.NaN : Math.sqrt(cov[i][i]);
            se[i] = value[i] * s;
            low[i] = Math.exp(u[i] - Z95 * s);
            high[i] = Math.exp(u[i] + Z95 * s);
        }
        if (!settled) {
            warnings.add("the search had not settled after " + MAX_RESTARTS + " restarts");
        }
        return new Fit(m, value, se, low, high, best, evaluations, settled, List.copyOf(warnings));
    }

    /** Inverse of the Hessian of −f by central differences (step 1e-4 on the log scale), or null if singular. */
    static double[][] covariance(MultivariateFunction f, double[] u) {
        int n = u.length;
        double h = 1e-4;
        double f0 = f.value(u);
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v;
                if (i == j) {
                    v = (at(f, u, i, h, j, 0) - 2 * f0 + at(f, u, i, -h, j, 0)) / (h * h);
                } else {
                    v = (at(f, u, i, h, j, h) - at(f, u, i, h, j, -h) - at(f, u, i, -h, j, h) + at(f, u, i, -h, j, -h))
                            / (4 * h * h);
                }
                hess[i][j] = -v;
                hess[j][i] = -v;
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(hess);
        LUDecomposition lu = new LUDecomposition(m);
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        return lu.getSolver().getInverse().getData();
    }

    private static double at(MultivariateFunction f, double[] u, int i, double hi, int j, double hj) {
        double[] v = u.clone();
        v[i] += hi;
        v[j] += hj;
        return f.value(v);
    }
}
