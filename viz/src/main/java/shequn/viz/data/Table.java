package shequn.viz.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A tidy CSV table as written by shequn: a header row, then plain comma-separated cells (no quoting:
 * shequn never writes commas inside a cell). Empty cells read as NaN when asked for a number.
 */
public record Table(Path file, List<String> columns, List<String[]> rows) {
    /** Heap a table takes per byte of its file, read as cells (strings, arrays, row objects): measured about 60. */
    static final long HEAP_PER_BYTE = 100;

    public static Table read(Path file) {
        return read(file, Long.MAX_VALUE);
    }

    /**
     * Reads {@code file}, refusing in one line — before reading it — one too large for the heap, and one of
     * more than {@code maxRows} rows (what no shequn command writes there, e.g. more days than a scenario has).
     */
    public static Table read(Path file, long maxRows) {
        try {
            long size = Files.size(file);
            Runtime rt = Runtime.getRuntime();
            long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            if (size > available / HEAP_PER_BYTE) {
                throw new TableException(String.format(java.util.Locale.ROOT, "%s: %.0f MB is too large to read in this "
                        + "JVM's %.1f GB of memory (it needs about %d times the file); run with a larger JAVA_OPTS=-Xmx",
                        file, size / 1e6, available / (double) (1L << 30), HEAP_PER_BYTE));
            }
            if (maxRows < Long.MAX_VALUE && size > (maxRows + 1) * 20_000L) {
                throw new TableException(file + ": " + size / 1_000_000 + " MB is more than " + maxRows + " rows can hold: "
                        + "not a file shequn wrote");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() > maxRows + 1 && lines.stream().skip(1).filter(l -> !l.isBlank()).count() > maxRows) {
                throw new TableException(file + ": more than " + maxRows + " rows, more than any shequn command writes "
                        + "there: not a file shequn wrote");
            }
            if (lines.isEmpty()) {
                throw new TableException(file + ": empty file (expected a header row)");
            }
            List<String> header = List.of(lines.get(0).strip().split(",", -1));
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    rows.add(row(file, i + 1, lines.get(i), header.size()));
                }
            }
            return new Table(file, header, rows);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TableException(file + ": cannot read: not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TableException(file + ": cannot read: no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new TableException(file + ": cannot read: permission denied");
        } catch (IOException e) {
            throw new TableException(file + ": cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static String[] row(Path file, int line, String text, int width) {
        String[] cells = text.strip().split(",", -1);
        if (cells.length != width) {
            throw new TableException(file + ":" + line + ": " + cells.length + " cells, the header has " + width);
        }
        return cells;
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new TableException(file + ": no column '" + name + "' (columns: " + String.join(",", columns) + ")");
        }
        return i;
    }

    public String text(String[] row, String column) {
        return row[column(column)];
    }

    public double number(String[] row, String column) {
        String cell = row[column(column)];
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new TableException(file + ": column " + column + ": not a number: '" + cell + "'");
        }
    }

    public double[] numbers(String column) {
        return rows.stream().mapToDouble(r -> number(r, column)).toArray();
    }

    public Table where(Predicate<String[]> keep) {
        return new Table(file, columns, rows.stream().filter(keep).toList());
    }

    /** Distinct values of a column in order of first appearance (e.g. the scenarios, baseline first). */
    public List<String> distinct(String column) {
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(r -> seen.add(text(r, column)));
        return List.copyOf(seen);
    }

    /** A table that does not have the shape its file name promises. */
    public static final class TableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TableException(String message) {
            super(message);
        }
    }
}
