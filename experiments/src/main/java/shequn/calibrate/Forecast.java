package shequn.calibrate;

import java.util.List;
import shequn.calibrate.btyd.History;
import shequn.calibrate.btyd.Model;
import shequn.calibrate.orders.Cohort;

/**
 * One model's forecast of the held-back weeks: repeat transactions of the cohort, cumulative by
 * week, and each customer's expected transactions over all of them.
 *
 * @param name        the model
 * @param cumulative  expected cumulative repeat transactions at the end of held-back week 1, 2, …
 * @param perCustomer expected transactions of each cohort customer in the held-back weeks
 */
public record Forecast(String name, double[] cumulative, double[] perCustomer) {

    /** A BTYD model's conditional expectations E[Y(t) | x, t_x, T] summed over the cohort, week by week. */
    public static Forecast of(Model m, double[] p, Cohort c) {
        double[] cum = new double[c.holdoutWeeks()];
        double[] per = new double[c.size()];
        List<History> hs = c.histories();
        for (int i = 0; i < hs.size(); i++) {
            for (int w = 1; w <= c.holdoutWeeks(); w++) {
                double e = m.conditional(p, hs.get(i), w);
                cum[w - 1] += e;
                if (w == c.holdoutWeeks()) {
                    per[i] = e;
                }
            }
        }
        return new Forecast(m.name(), cum, per);
    }

    /** (forecast − actual) / actual of all held-back repeat transactions. */
    public double totalError(Cohort c) {
        double actual = c.actualCumulative()[c.holdoutWeeks() - 1];
        return (cumulative[cumulative.length - 1] - actual) / actual;
    }

    /** Mean absolute error per customer of the held-back transactions. */
    public double meanAbsoluteError(Cohort c) {
        double s = 0;
        for (int i = 0; i < perCustomer.length; i++) {
            s += Math.abs(perCustomer[i] - c.holdout()[i]);
        }
        return s / perCustomer.length;
    }

    /** Root mean square error per customer of the held-back transactions. */
    public double rmse(Cohort c) {
        double s = 0;
        for (int i = 0; i < perCustomer.length; i++) {
            double d = perCustomer[i] - c.holdout()[i];
            s += d * d;
        }
        return Math.sqrt(s / perCustomer.length);
    }
}
