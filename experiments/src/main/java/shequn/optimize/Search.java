package shequn.optimize;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Derivative-free maximisation with CMA-ES (commons-math3) inside box bounds. The search keeps the
 * best point it ever evaluated (not only CMA-ES's final mean), so the answer is a plan that was
 * actually simulated. With common random numbers the objective is a deterministic function of the
 * point, which CMA-ES handles well.
 */
public final class Search {
    /** A simulated objective for the search: a scenario the point makes invalid scores −∞ (never best). */
    @FunctionalInterface
    public interface Objective {
        double at(double[] u) throws Exception;
    }

    /** {@code f} as the search's function: a bad point scores −∞, other checked failures are rethrown unchecked. */
    public static ToDoubleFunction<double[]> searchable(Objective f) {
        return u -> {
            try {
                return f.at(u);
            } catch (shequn.scenario.ScenarioException e) {
                return Double.NEGATIVE_INFINITY;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private Search() {
    }

    /** The best point found, its value, and how many evaluations were spent. */
    public record Best(double[] point, double value, int evaluations) {
    }

    /** Told of every evaluation: its number (from 1), the point and its value. */
    @FunctionalInterface
    public interface Trace {
        void evaluated(int evaluation, double[] point, double value) throws Exception;
    }

    /**
     * @param population CMA-ES offspring per generation (0: its default 4 + 3 ln n)
     */
    public static Best maximise(ToDoubleFunction<double[]> f, double[] start, double[] lower, double[] upper,
                                double[] sigma, int population, int evaluations, long seed, Trace trace) {
        int n = start.length;
        double[] best = start.clone();
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        int[] count = {0};
        ObjectiveFunction objective = new ObjectiveFunction(x -> {
            double[] p = x.clone();
            for (int i = 0; i < n; i++) {
                p[i] = Math.min(Math.max(p[i], lower[i]), upper[i]);
            }
            double v = f.applyAsDouble(p);
            count[0]++;
            if (v > bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(p, 0, best, 0, n);
            }
            try {
                trace.evaluated(count[0], p, v);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        });
        int lambda = population > 0 ? population : 4 + (int) (3 * Math.log(Math.max(n, 2)));
        objective.getObjectiveFunction().value(start); // the starting plan is always a candidate
        // CMA-ES stops early on flat ground (budget steps too small to buy one more firing): restart
        // from the best point so far with a larger population until the evaluations are spent
        for (int restart = 0; count[0] < evaluations; restart++) {
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, Double.POSITIVE_INFINITY, true, 0, 0,
                    new MersenneTwister(seed + restart), false, null);
            int before = count[0];
            try {
                cmaes.optimize(new MaxEval(evaluations - count[0]), new MaxIter(Integer.MAX_VALUE), objective,
                        GoalType.MAXIMIZE, new InitialGuess(restart == 0 ? start : best.clone()),
                        new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda << Math.min(restart, 4)));
            } catch (TooManyEvaluationsException spent) {
                break; // the evaluation budget is the stopping rule
            }
            if (count[0] == before) {
                break;
            }
        }
        return new Best(best, bestValue[0], count[0]);
    }

    /** Shares that sum to one from unbounded coordinates (softmax): the budget constraint holds by construction. */
    public static double[] softmax(double[] z, int from, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, z[from + i]);
        }
        double sum = 0;
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = Math.exp(z[from + i] - max);
            sum += w[i];
        }
        for (int i = 0; i < count; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
