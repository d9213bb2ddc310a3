package shequn.viz;

import java.util.List;
import shequn.viz.data.Results;

/**
 * Draws the charts of one kind that a results folder's tables support (none if they do not).
 * This is the extension point for new experiment types: a sweep, sensitivity or optimisation
 * chart is a new ChartSource listed in {@link shequn.viz.report.ChartBook#SOURCES}.
 */
public interface ChartSource {
    List<NamedChart> draw(Results results, Style style);
}
