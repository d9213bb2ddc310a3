package shequn.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry-day file of {@code population.entry.file}: a CSV with an {@code entry_day} column (other
 * columns, such as a customer id, are ignored), one row per household in the order of the
 * population, so that a client's customers enter on the days they first bought.
 */
public final class EntryDays {
    private EntryDays() {
    }

    /** A row that cannot be used: its 1-based line and what is wrong. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        public Problem(int line, String what) {
            super((line > 0 ? "line " + line + ": " : "") + what, null, false, false);
        }
    }

    /** Entry days of {@code households} households, each in [0, days). */
    public static int[] read(Path file, int households, int days) throws Problem {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Problem(0, "cannot read " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
        }
        if (lines.isEmpty()) {
            throw new Problem(1, "empty: expected a header with an entry_day column");
        }
        String head = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> header = Arrays.stream(head.split(",", -1)).map(String::strip).toList();
        int col = header.indexOf("entry_day");
        if (col < 0 || header.lastIndexOf("entry_day") != col) {
            throw new Problem(1, col < 0 ? "no entry_day column in the header" : "two entry_day columns");
        }
        int rows = lines.size() - 1;
        while (rows > 0 && lines.get(rows).isBlank()) {
            rows--;
        }
        if (rows != households) {
            throw new Problem(0, rows + " rows but population.consumers is " + households + ": one row per household");
        }
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            String cell = cells.length == header.size() ? cells[col].strip() : null;
            if (cell == null || !cell.matches("[0-9]{1,9}") || Integer.parseInt(cell) >= days) {
                throw new Problem(r + 2, cell == null ? "has " + cells.length + " cells, the header " + header.size()
                        : "entry_day must be a whole day from 0 to " + (days - 1) + " (the horizon), got '" + cell + "'");
            }
            out[r] = Integer.parseInt(cell);
        }
        return out;
    }
}
