package shequn.response;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import shequn.scenario.Campaign;

/**
 * The settings a response curve visits for one campaign, besides 0 (the plan without it): always
 * the current setting, spread up to about 2.5 times it. Amounts and shares run evenly from
 * 0 to 2.5 × the current value (shares capped at 1), the step closest to the current value moved
 * onto it; frequencies take {@code every} from 30, 14, 7, 3, 2, 1 days (and the current value);
 * on/off levers have only "on".
 */
public final class Grid {
    /** The largest amount or share visited, as a multiple of the current one. */
    public static final double REACH = 2.5;
    /** The {@code every} values a frequency curve chooses from: monthly to daily. */
    public static final List<Integer> EVERY = List.of(30, 14, 7, 3, 2, 1);

    private Grid() {
    }

    /**
     * The settings of campaign {@code c}'s field for a curve of {@code points} points (the plan
     * without the campaign included), in order of rising intensity; the current one among them.
     */
    public static List<Double> settings(Campaign c, int points) {
        Intensity.Knob k = Intensity.of(c.lever());
        int n = Math.max(1, points - 1);
        double now = Intensity.current(c);
        return switch (k.scale()) {
            case PRESENCE -> List.of(1.0);
            case FREQUENCY -> frequencies((int) now, n);
            default -> levels(now, Intensity.reference(c), k.scale() == Intensity.Scale.SHARE ? 1.0 : Double.MAX_VALUE, n);
        };
    }

    static List<Double> levels(double now, double reference, double cap, int n) {
        double top = Math.min(REACH * reference, cap);
        List<Double> values = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            values.add(round(top * j / n));
        }
        int nearest = 0;
        for (int j = 1; j < n; j++) {
            if (Math.abs(values.get(j) - now) < Math.abs(values.get(nearest) - now)) {
                nearest = j;
            }
        }
        values.set(nearest, now);
        return List.copyOf(new TreeSet<>(values));
    }

    static List<Double> frequencies(int now, int n) {
        TreeSet<Integer> all = new TreeSet<>(java.util.Comparator.reverseOrder());
        all.addAll(EVERY);
        all.add(now);
        List<Integer> candidates = new ArrayList<>(all); // rarest first
        int m = candidates.size();
        List<Integer> chosen = new ArrayList<>();
        if (n >= m) {
            chosen.addAll(candidates);
        } else if (n == 1) {
            chosen.add(now);
        } else {
            List<Integer> idx = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                idx.add((int) Math.round((double) j * (m - 1) / (n - 1)));
            }
            int ci = candidates.indexOf(now);
            if (!idx.contains(ci)) {
                int nearest = 0;
                for (int j = 1; j < n; j++) {
                    if (Math.abs(idx.get(j) - ci) <= Math.abs(idx.get(nearest) - ci)) {
                        nearest = j;
                    }
                }
                idx.set(nearest, ci);
            }
            new TreeSet<>(idx).forEach(i -> chosen.add(candidates.get(i)));
        }
        return chosen.stream().map(Integer::doubleValue).toList();
    }

    /** Six significant digits: 0.15, not 0.15000000000000002. */
    static double round(double v) {
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    /** A setting as written after {@code --set}: 150, 0.15, 7. */
    public static String text(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
