package shequn.viz.groups;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Table;
import shequn.viz.style.StackedArea;

/**
 * Group vitality over time: members who are active, lurking or muted, stacked. A living group is
 * mostly active; a dying one fills with lurkers and muted members (seed 001, DESIGN SF5).
 * Only drawn when the run had group members at all.
 */
public final class VitalityChart implements ChartSource {
    static final String[] STATES = {"active_members", "lurking_members", "muted_members"};
    static final Color[] COLOURS = {new Color(0x00, 0x9E, 0x73), new Color(0xE6, 0x9F, 0x00),
        new Color(0xAA, 0xAA, 0xAA)};

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        return results.daily().filter(t -> t.has("members") && Arrays.stream(t.numbers("members")).max().orElse(0) > 0)
                .map(t -> List.of(new NamedChart("group-vitality", chart(t, style)))).orElse(List.of());
    }

    public static JFreeChart chart(Table daily, Style style) {
        return StackedArea.chart(daily, style.theme(), style::text, "groups", STATES, COLOURS, "members");
    }
}
