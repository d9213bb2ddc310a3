package shequn.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    public static Observed read(Path file, List<String> targets, int maxDays) throws ScenarioException {
        String name = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new ScenarioException(name, 0, 0, "", "empty file: expected a header day,KPI,...");
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
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
            try {
                if (Integer.parseInt(cells[day].strip()) != r) {
                    throw new ScenarioException(name, r + 2, 1, "", "expected day " + r + " (days from 0, one row each), got " + cells[day]);
                }
                for (int k = 0; k < at.length; k++) {
                    values[k][r] = Double.parseDouble(cells[at[k]].strip());
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ScenarioException(name, r + 2, 1, "", "expected numbers in every column of row " + (r + 2));
            }
        }
        return new Observed(rows, targets, values);
    }
}
