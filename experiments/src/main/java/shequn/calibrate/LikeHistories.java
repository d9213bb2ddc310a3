package shequn.calibrate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shequn.calibrate.btyd.History;
import shequn.calibrate.orders.Cohort;

/**
 * The agent model's conditional forecast: the simulation gives each consumer a history and a future,
 * so a real customer's expected held-back purchases are the mean future of the simulated consumers
 * whose history is like theirs (same repeat count up to 12, the same half-octave of weeks since the
 * last purchase, the same 4 weeks of time observed; a coarser cell when a cell is thin). It plays
 * the part of BG/NBD's E[Y(t) | x, t_x, T] without a closed form.
 */
final class LikeHistories {
    private LikeHistories() {
    }

    /** Each real customer's expected held-back purchases: the mean over simulated consumers with a like history. */
    static Forecast forecast(Cohort cohort, List<AgentFit.Run> runs) {
        int n = cohort.size();
        int weeks = cohort.holdoutWeeks();
        Map<String, double[]> cells = new HashMap<>(); // key → [count, week 1 … week H]
        for (AgentFit.Run r : runs) {
            for (int i = 0; i < n; i++) {
                double since = r.x()[i] == 0 ? cohort.histories().get(i).T() : (cohort.cut() - r.lastRepeat()[i]) / 7.0;
                for (String key : keys(r.x()[i], since, cohort.histories().get(i).T())) {
                    double[] c = cells.computeIfAbsent(key, z -> new double[weeks + 1]);
                    c[0]++;
                    for (int w = 0; w < weeks; w++) {
                        c[1 + w] += r.heldByWeek()[i * weeks + w];
                    }
                }
            }
        }
        double[] cum = new double[weeks];
        double[] per = new double[n];
        for (int i = 0; i < n; i++) {
            History h = cohort.histories().get(i);
            double[] c = null;
            for (String key : keys(h.x(), h.T() - h.tx(), h.T())) {
                double[] cell = cells.get(key);
                if (cell != null && cell[0] >= MIN_CELL) {
                    c = cell;
                    break;
                }
            }
            double run = 0;
            for (int w = 0; w < weeks; w++) {
                run += c == null ? 0 : c[1 + w] / c[0];
                cum[w] += run;
            }
            per[i] = run;
        }
        return new Forecast("agent model", cum, per);
    }

    /** Simulated consumers a cell needs before its mean stands for a customer; coarser cells otherwise. */
    static final int MIN_CELL = 20;

    /** From the finest matching cell to the coarsest: count, weeks since the last purchase, weeks observed. */
    static List<String> keys(int x, double since, double bigT) {
        int xc = Math.min(x, 12);
        int s = (int) Math.floor(Math.log1p(since) / Math.log1p(1) * 2); // half-octaves of weeks since
        int t = (int) Math.floor(bigT / 4);
        return List.of(String.format(Locale.ROOT, "%d/%d/%d", xc, s, t), xc + "/" + s, Integer.toString(xc));
    }
}
