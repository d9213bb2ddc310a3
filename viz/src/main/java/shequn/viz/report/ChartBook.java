package shequn.viz.report;

import java.util.ArrayList;
import java.util.List;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.compare.DifferenceChart;
import shequn.viz.data.Results;
import shequn.viz.compare.StrategyBars;
import shequn.viz.funnel.FunnelChart;
import shequn.viz.groups.VitalityChart;
import shequn.viz.ladder.LadderChart;
import shequn.viz.optimize.CalibrationFitChart;
import shequn.viz.optimize.CalibrationTraceChart;
import shequn.viz.optimize.TraceChart;
import shequn.viz.response.ResponseChart;
import shequn.viz.sensitivity.MorrisChart;
import shequn.viz.sensitivity.SobolBars;
import shequn.viz.sweep.SweepLine;
import shequn.viz.sweep.SweepMap;
import shequn.viz.time.KpiOverTime;
import shequn.viz.wom.CascadeChart;

/** Every chart shequn knows how to draw, in the order a report shows them. */
public final class ChartBook {
    /**
     * The chart kinds: a run's and a comparison's, then a sweep's (line with CI for one parameter,
     * heatmap or coloured scatter for two), a sensitivity analysis's (Sobol bars, Morris mu*-sigma)
     * an optimisation's (objective by evaluation) and response curves' (incremental profit by campaign).
     */
    public static final List<ChartSource> SOURCES = List.of(new DifferenceChart(), new StrategyBars(),
            new KpiOverTime(), new FunnelChart(), new LadderChart(), new VitalityChart(), new CascadeChart(),
            new SweepLine(), new SweepMap(), new SobolBars(), new MorrisChart(), new TraceChart(), new CalibrationTraceChart(), new CalibrationFitChart(),
            new ResponseChart());

    private ChartBook() {
    }

    /** All charts the folder's tables support. */
    public static List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        for (ChartSource source : SOURCES) {
            charts.addAll(source.draw(results, style));
        }
        return charts;
    }
}
