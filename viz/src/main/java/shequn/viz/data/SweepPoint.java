package shequn.viz.data;

import java.util.List;

/**
 * One row of a sweep's points.csv for one KPI: the point's parameter values (as written, in the
 * order of the sweep file) and the KPI's mean over the replications with its 95% interval.
 */
public record SweepPoint(int point, List<String> values, double mean, double low, double high) {
}
