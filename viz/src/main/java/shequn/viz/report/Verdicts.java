package shequn.viz.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import shequn.viz.Messages;
import shequn.viz.data.Estimate;

/**
 * Plain-language verdicts from comparison.csv: "store-plus-community raises GMV by 22.2% [21.3%,
 * 23.0%] over baseline, better in 100% of replications". A change counts as a rise or fall only
 * when its whole 95% interval is on one side of zero. Money and counts are relative to the
 * baseline's mean; rates (repeat rate, conversion) in percentage points.
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
        double scale = points ? 100 : 100 / base.mean();
        String unit = points ? messages.text("verdict.points") : "%";
        String verb = e.diffLow() > 0 ? "verdict.raises" : e.diffHigh() < 0 ? "verdict.lowers" : "verdict.unclear";
        // A clear rise or fall reads "by 22.2%"; an unclear change keeps its sign: "(+0.4% [-0.3%, +1.1%])".
        String mean = verb.equals("verdict.unclear") ? String.format(Locale.ROOT, "%+.1f", scale * e.diffMean())
                : String.format(Locale.ROOT, "%.1f", scale * Math.abs(e.diffMean()));
        // Points are named once ("3.5 points [+2.3, +4.6]"); percentages keep their sign on each bound.
        String bound = points ? "" : unit;
        String size = String.format(Locale.ROOT, "%s%s [%+.1f%s, %+.1f%s]", mean, unit, scale * e.diffLow(), bound,
                scale * e.diffHigh(), bound);
        String better = Double.isNaN(e.pBetter()) ? "?" : String.format(Locale.ROOT, "%.0f%%", 100 * e.pBetter());
        return messages.text(verb, e.scenario(), inSentence(messages.kpi(e.kpi())), size, base.scenario(), better);
    }

    /** "Repeat rate" reads "repeat rate" mid-sentence; acronyms (GMV) and Chinese are left as they are. */
    static String inSentence(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }

    static boolean isRate(String kpi) {
        return kpi.equals("repeat_rate") || kpi.equals("conversion");
    }
}
