package shequn.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import shequn.scenario.ScenarioException;

/**
 * The observed daily series: a CSV with a {@code day} column (0-based, consecutive from 0) and one
 * column per KPI, e.g. the daily.csv that {@code shequn run} writes, or a client's export in the same shape.
 */
public record Observed(int days, List<String> columns, double[][] values) {

    public double[] series(String kpi) {
        return values[columns.indexOf(kpi)];
    }

    /** Longest row expected (characters): a daily.csv row is a few hundred. */
    static final long MAX_ROW_CHARS = 10_000;
    /** A plain decimal number: what Double.parseDouble takes beyond it (NaN, Infinity, 0x1p3, 1d) is refused. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");

    public static Observed read(Path file, List<String> targets, int maxDays) throws ScenarioException {
        String name = file.toString();
        List<String> lines;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, 0, 0, "", "cannot read: is a folder; give the observed daily CSV");
            }
            if (Files.size(file) > (maxDays + 2L) * MAX_ROW_CHARS) {
                throw new ScenarioException(name, 0, 0, "", "too large for " + maxDays + " days of observations ("
                        + Files.size(file) + " bytes): is this the right file?");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioException.cannotRead(name, e);
        }
        if (lines.isEmpty()) {
            throw new ScenarioException(name, 0, 0, "", "empty file: expected a header day,KPI,...");
        }
        // a byte-order mark (spreadsheet exports) is not part of the first column's name
        String first = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> header = Arrays.stream(first.split(",", -1)).map(String::strip).toList();
        for (int c = 0; c < header.size(); c++) {
            if (header.indexOf(header.get(c)) != c) {
                throw new ScenarioException(name, 1, 1, "", "column " + (c + 1) + " repeats the name of column "
                        + (header.indexOf(header.get(c)) + 1) + ": which one is meant?");
            }
        }
        int day = header.indexOf("day");
        if (day < 0) {
            throw new ScenarioException(name, 1, 1, "", "no 'day' column in the header");
        }
        int[] at = new int[targets.size()];
        for (int k = 0; k < targets.size(); k++) {
            at[k] = header.indexOf(targets.get(k));
            if (at[k] < 0) {
                throw new ScenarioException(name, 1, 1, "", "no '" + targets.get(k) + "' column, which the calibration matches");
            }
        }
        int rows = lines.size() - 1;
        while (rows > 0 && lines.get(rows).isBlank()) {
            rows--;
        }
        if (rows > maxDays) {
            throw new ScenarioException(name, maxDays + 2, 1, "", rows + " observed days but the scenario simulates only "
                    + maxDays + "; raise days with set: [days=" + rows + "]");
        }
        double[][] values = new double[targets.size()][rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            if (cells.length != header.size()) {
                throw new ScenarioException(name, r + 2, 1, "", "row " + (r + 2) + " has " + cells.length + " cells, the header "
                        + header.size());
            }
            if (!cells[day].strip().matches("[0-9]{1,9}") || Integer.parseInt(cells[day].strip()) != r) {
                throw new ScenarioException(name, r + 2, 1, "", "expected day " + r + " (days from 0, one row each)");
            }
            for (int k = 0; k < at.length; k++) {
                String cell = cells[at[k]].strip();
                double v = NUMBER.matcher(cell).matches() ? Double.parseDouble(cell) : Double.NaN;
                if (!Double.isFinite(v)) {
                    throw new ScenarioException(name, r + 2, 1, "", targets.get(k) + ": expected a finite number in row " + (r + 2)
                            + " (no NaN, Infinity or blank)");
                }
                values[k][r] = v;
            }
        }
        return new Observed(rows, targets, values);
    }
}
