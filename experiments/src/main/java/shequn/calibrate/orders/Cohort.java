package shequn.calibrate.orders;

import java.util.ArrayList;
import java.util.List;
import shequn.calibrate.btyd.History;

/**
 * The customers of an order log split in time: the calibration period (days 0 … cut − 1) gives each
 * customer who had bought by then a {@link History} (x repeat transactions, recency t_x, time
 * observed T, in weeks since their first order); the last {@code holdoutWeeks} whole weeks are held
 * back and only counted (transactions per customer, and all of them by week). Customers whose
 * first order falls in the held-back weeks are left out: no model has a history to forecast them from.
 *
 * @param entry        each cohort customer's first-order day (days since the log's first date)
 * @param holdout      each cohort customer's transactions in the held-back weeks
 * @param spend        each cohort customer's mean spend per transaction in the calibration period
 * @param repeatsByDay repeat transactions of the cohort on each day of the log (first orders excluded)
 * @param newInHoldout customers whose first order is in the held-back weeks (not in the cohort)
 */
public record Cohort(OrderLog log, int cut, int holdoutWeeks, List<String> ids, int[] entry, List<History> histories,
                     int[] holdout, double[] spend, int[] repeatsByDay, int newInHoldout) {

    /** The default held-back part: half of the log's whole weeks (as in the 39 + 39 weeks of the CDNOW example). */
    public static int defaultHoldoutWeeks(OrderLog log) {
        return Math.max(1, log.days() / 7 / 2);
    }

    /** Refused when the log is too short to leave a week of calibration before the held-back weeks. */
    public static Cohort of(OrderLog log, int holdoutWeeks) {
        int cut = log.days() - 7 * holdoutWeeks;
        if (holdoutWeeks < 1 || cut < 7) {
            throw new IllegalArgumentException("holding back " + holdoutWeeks + " weeks of a log that spans " + log.days()
                    + " days leaves less than a week to calibrate on");
        }
        List<String> ids = new ArrayList<>();
        List<History> hist = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<Double> spends = new ArrayList<>();
        int[] byDay = new int[log.days()];
        int later = 0;
        for (int i = 0; i < log.customers(); i++) {
            int[] d = log.orderDay()[i];
            if (d[0] >= cut) {
                later++;
                continue;
            }
            int x = 0;
            int lastRepeat = d[0];
            int held = 0;
            double spent = 0;
            for (int k = 0; k < d.length; k++) {
                if (k > 0) {
                    byDay[d[k]]++;
                }
                if (d[k] < cut) {
                    spent += log.amount()[i][k];
                    if (k > 0) {
                        x++;
                        lastRepeat = d[k];
                    }
                } else {
                    held++;
                }
            }
            ids.add(log.ids().get(i));
            hist.add(new History(x, (lastRepeat - d[0]) / 7.0, (cut - d[0]) / 7.0));
            rows.add(new int[] {d[0], held});
            spends.add(spent / (x + 1));
        }
        int n = ids.size();
        int[] entry = new int[n];
        int[] holdout = new int[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            entry[i] = rows.get(i)[0];
            holdout[i] = rows.get(i)[1];
            spend[i] = spends.get(i);
        }
        return new Cohort(log, cut, holdoutWeeks, List.copyOf(ids), entry, List.copyOf(hist), holdout, spend, byDay, later);
    }

    public int size() {
        return ids.size();
    }

    /** Actual repeat transactions of the cohort in the held-back weeks, cumulative by week (1 … holdoutWeeks). */
    public double[] actualCumulative() {
        double[] out = new double[holdoutWeeks];
        double run = 0;
        for (int w = 0; w < holdoutWeeks; w++) {
            for (int d = cut + 7 * w; d < cut + 7 * (w + 1); d++) {
                run += repeatsByDay[d];
            }
            out[w] = run;
        }
        return out;
    }

    /** Repeat transactions in the calibration period (the cohort's x summed). */
    public long calibrationRepeats() {
        long s = 0;
        for (History h : histories) {
            s += h.x();
        }
        return s;
    }
}
