package shequn.perf;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians of repeated measurements. */
public final class Stats {
    private Stats() {
    }

    public static double median(double... xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public static <T> double median(List<T> runs, ToDoubleFunction<T> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }
}
