package shequn.calibrate.btyd;

import java.util.List;

/**
 * A buy-till-you-die model: its parameters (all positive, fitted on the log scale), the likelihood
 * of one customer's history, and the expectations used to forecast the held-back weeks.
 */
public interface Model {
    String name();

    /** Parameter names in the order of the arrays below. */
    List<String> parameters();

    /** ln L(params | x, t_x, T) for one customer, up to terms that do not depend on the parameters. */
    double logLikelihood(double[] p, History h);

    /** E[X(t)]: repeat transactions of a customer in the first t weeks after the first purchase. */
    double expected(double[] p, double t);

    /** E[Y(t) | x, t_x, T]: transactions in the t weeks after the end of calibration, given the history. */
    double conditional(double[] p, History h, double t);

    /** Where the likelihood search starts (log scale): a neutral point for weekly data. */
    double[] start();
}
