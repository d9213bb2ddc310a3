package shequn.montecarlo;

import java.util.List;

/**
 * How the journal is laid out: {@code mc} and {@code compare} use {@link #standard}; a sweep
 * names its file sweep.csv, labels rows by point, puts the point's parameter values after the
 * seed and keeps no daily series.
 *
 * @param runsFile    the per-replication table
 * @param dailyFile   the daily series, or null to keep none (replications then carry no daily rows)
 * @param labelColumn name of the first column telling scenarios (points) apart
 * @param labels      one label per scenario, or null for a single scenario without a label column
 * @param extraHeader columns written between {@code seed} and the totals (a sweep's parameters)
 * @param extraCells  per scenario, the cells of those columns (text without commas)
 */
public record JournalLayout(String runsFile, String dailyFile, String labelColumn, List<String> labels,
                            List<String> extraHeader, List<List<String>> extraCells) {
    public JournalLayout {
        labels = labels == null ? null : List.copyOf(labels);
        extraHeader = List.copyOf(extraHeader);
        extraCells = extraCells == null ? null : List.copyOf(extraCells);
    }

    public static JournalLayout standard(List<String> names) {
        return new JournalLayout(Journal.RUNS, Journal.DAILY_RUNS, "scenario", names, List.of(), null);
    }
}
