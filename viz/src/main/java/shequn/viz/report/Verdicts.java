package shequn.viz.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.viz.Messages;
import shequn.viz.data.Estimate;
import shequn.viz.data.Incremental;

/**
 * Plain-language verdicts from comparison.csv and incremental.csv. The verdict on a plan leads with
 * profit: "kol-livestream loses 108,208 yuan of profit [102,249, 114,168] against baseline although
 * it raises GMV by 2.4% [2.1%, 2.7%]; each extra yuan spent returns 0.32 yuan of gross margin [0.28,
 * 0.35], less than the yuan it costs. More profit in 0% of replications." A change counts as a rise
 * or fall only when its whole 95% interval is on one side of zero; after "raises" or "lowers" the
 * size and its interval are magnitudes (the word carries the sign), while an unclear change keeps
 * its signs. Money is in yuan, GMV also as a percentage of the baseline's mean, counts relative to
 * the baseline's mean, rates (repeat rate, conversion) in percentage points: the units of the
 * tables and of the difference chart.
 */
public final class Verdicts {
    private final Messages messages;

    public Verdicts(Messages messages) {
        this.messages = messages;
    }

    /** One sentence per challenger for {@code kpi}, the largest mean change first. */
    public List<String> sentences(List<Estimate> rows) {
        if (rows.size() < 2) {
            return List.of();
        }
        Estimate base = rows.get(0);
        List<Estimate> challengers = new ArrayList<>(rows.subList(1, rows.size()));
        challengers.sort(Comparator.comparingDouble((Estimate e) -> -e.diffMean()));
        return challengers.stream().map(e -> sentence(e, base)).toList();
    }

    public String sentence(Estimate e, Estimate base) {
        boolean points = isRate(e.kpi());
        boolean money = isMoney(e.kpi());
        double scale = points || money ? (points ? 100 : 1) : 100 / base.mean();
        String unit = points ? messages.text("verdict.points") : money ? messages.text("verdict.yuan") : "%";
        String verb = e.diffLow() > 0 ? "verdict.raises" : e.diffHigh() < 0 ? "verdict.lowers" : "verdict.unclear";
        String size = size(scale * e.diffMean(), scale * e.diffLow(), scale * e.diffHigh(), money ? 0 : 1, unit, !points
                && !money, verb.equals("verdict.unclear"));
        String higher = Double.isNaN(e.pBetter()) ? "?" : percent(e.pBetter());
        return messages.text(verb, e.scenario(), inSentence(messages.kpi(e.kpi())), size, base.scenario(), higher);
    }

    /** One sentence per plan, the most profitable first: profit, then GMV, then the incremental ROI. */
    public List<String> economics(List<Incremental> plans) {
        List<Incremental> sorted = new ArrayList<>(plans);
        sorted.sort(Comparator.comparingDouble((Incremental e) -> -e.profit().mean()));
        return sorted.stream().map(this::economics).toList();
    }

    /**
     * "PLAN loses 39,829 yuan of profit [31,204, 48,455] against BASE although it raises GMV by 1.5%
     * [1.2%, 1.8%]; each extra yuan spent returns 0.42 yuan of gross margin [0.38, 0.46], less than the
     * yuan it costs. More profit in 0% of replications."
     */
    public String economics(Incremental e) {
        Incremental.Diff p = e.profit();
        String profitKey = p.up() ? "verdict.profit.gain" : p.down() ? "verdict.profit.loss" : "verdict.profit.unclear";
        boolean unclearProfit = profitKey.endsWith("unclear");
        String[] yuan = parts(p.mean(), p.low(), p.high(), 0, "", unclearProfit);
        String profit = messages.text(profitKey, e.scenario(), yuan[0], yuan[1], e.baseline());

        Incremental.Diff g = e.gmv();
        double pct = 100 / e.baselineGmv();
        String gmvKey = g.up() ? "verdict.gmv.raises" : g.down() ? "verdict.gmv.lowers" : "verdict.gmv.unclear";
        String gmv = messages.text(gmvKey, size(pct * g.mean(), pct * g.low(), pct * g.high(), 1, "%", true,
                gmvKey.endsWith("unclear")));
        String join;
        if (gmvKey.endsWith("unclear")) {
            join = "verdict.join.also";
        } else if (unclearProfit) {
            join = "verdict.join.but";
        } else {
            join = p.up() == g.up() ? "verdict.join.and" : "verdict.join.although";
        }
        StringBuilder sb = new StringBuilder(profit).append(messages.text(join)).append(gmv);
        String roi = roi(e);
        if (!roi.isEmpty()) {
            sb.append(messages.text("verdict.join.roi")).append(roi);
        }
        sb.append(messages.text("verdict.end"));
        if (!Double.isNaN(p.pBetter())) {
            sb.append(messages.text("verdict.profit.share", percent(p.pBetter())));
        }
        return sb.toString();
    }

    /** The incremental-ROI clause, or why there is none; empty for a folder without the numbers. */
    String roi(Incremental e) {
        Incremental.Diff c = e.cost();
        switch (e.roiNote()) {
            case Incremental.NOT_COMPUTED:
                return "";
            case Incremental.SPEND_LOWER: {
                String[] yuan = parts(c.mean(), c.low(), c.high(), 0, "", false);
                return messages.text("verdict.roi.spend_lower", yuan[0], yuan[1], e.baseline());
            }
            case Incremental.SPEND_NOT_CLEARLY_HIGHER: {
                String[] yuan = parts(c.mean(), c.low(), c.high(), 0, "", true);
                return messages.text("verdict.roi.spend_unclear", yuan[0], yuan[1]);
            }
            default:
                break;
        }
        if (!e.roiGiven()) {
            return "";
        }
        Incremental.Diff r = e.roi();
        String interval = Double.isNaN(r.low()) ? "" : String.format(Locale.ROOT, " [%.2f, %.2f]", r.low(), r.high());
        String qualifier = r.high() < 1 ? "verdict.roi.below" : r.low() > 1 ? "verdict.roi.above" : "verdict.roi.even";
        return messages.text("verdict.roi", String.format(Locale.ROOT, "%.2f", r.mean()), interval)
                + messages.text(qualifier);
    }

    /** A size, its unit and its interval: {@link #parts} joined as "6,533 yuan [2,933, 10,132]" or "2.4% [2.1%, 2.7%]". */
    static String size(double mean, double low, double high, int decimals, String unit, boolean repeatUnit,
            boolean signed) {
        String[] p = parts(mean, low, high, decimals, repeatUnit ? unit : "", signed);
        return p[0] + unit + " " + p[1];
    }

    /**
     * A size and its interval as text. After a word that carries the direction ({@code signed} false)
     * the mean and the bounds are magnitudes, the bounds in increasing order: "6,533", "[2,933, 10,132]"
     * for a fall of 6,533 [−10,132, −2,933]. An unclear change keeps its signs: "+0.4", "[-0.3%, +1.1%]".
     * {@code boundUnit} follows each bound (percentages).
     */
    static String[] parts(double mean, double low, double high, int decimals, String boundUnit, boolean signed) {
        String f = "%" + (signed ? "+" : "") + ",." + decimals + "f";
        double m = signed ? mean : Math.abs(mean);
        double a = signed ? low : Math.min(Math.abs(low), Math.abs(high));
        double b = signed ? high : Math.max(Math.abs(low), Math.abs(high));
        return new String[] {String.format(Locale.ROOT, f, m),
            String.format(Locale.ROOT, "[" + f + "%s, " + f + "%s]", a, boundUnit, b, boundUnit)};
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** "Repeat rate" reads "repeat rate" mid-sentence; acronyms (GMV) and Chinese are left as they are. */
    static String inSentence(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }

    static boolean isRate(String kpi) {
        return Kpi.differenceOf(kpi) == Kpi.Difference.POINTS;
    }

    /** KPIs whose differences are given in yuan, not relative to the baseline. */
    static boolean isMoney(String kpi) {
        return Kpi.differenceOf(kpi) == Kpi.Difference.ABSOLUTE;
    }
}
