package shequn.viz.ladder;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Table;
import shequn.viz.style.StackedArea;

/**
 * The relationship ladder over time, stacked: how many consumers are strangers, aware, linked
 * (weak tie) and fans (strong tie) each day — how the community turns passers-by into fans.
 * Drawn from one run's daily.csv (the Monte-Carlo tables keep only the strong rung).
 */
public final class LadderChart implements ChartSource {
    static final String[] RUNGS = {"ladder_none", "ladder_aware", "ladder_weak", "ladder_strong"};
    /** Light to dark: the eye reads "further up the ladder" as "darker". */
    static final Color[] COLOURS = {new Color(0xD9, 0xD9, 0xD9), new Color(0x9E, 0xCA, 0xE1),
        new Color(0x42, 0x92, 0xC6), new Color(0x08, 0x45, 0x94)};

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        return results.daily().filter(t -> t.has(RUNGS[0]))
                .map(t -> List.of(new NamedChart("ladder", chart(t, style)))).orElse(List.of());
    }

    public static JFreeChart chart(Table daily, Style style) {
        return StackedArea.chart(daily, style.theme(), style::text, "ladder", RUNGS, COLOURS, "consumers");
    }
}
