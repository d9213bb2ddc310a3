package shequn.montecarlo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import shequn.output.OutputDir;

/**
 * The replications of an experiment as they finish: runs.csv (one row per replication) and
 * daily_runs.csv (its daily series). Rows are appended and flushed as each replication ends, so a
 * killed run loses only the replications in flight; a replication counts as done only once its
 * runs.csv row is complete, and it is written after its daily rows. When the experiment ends both
 * files are rewritten sorted, so they do not depend on thread count or completion order.
 */
final class Journal implements AutoCloseable {
    static final String RUNS = "runs.csv";
    static final String DAILY_RUNS = "daily_runs.csv";
    static final Comparator<Outcome> ORDER = Comparator.comparingInt(Outcome::scenario).thenComparingInt(Outcome::rep);

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final OutputDir dir;
    private final JournalLayout layout;
    /** Scenario labels for the label column; null in a single-scenario experiment (no such column). */
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private BufferedWriter runs;
    private BufferedWriter daily;

    Journal(Path dir, List<String> names) {
        this(dir, JournalLayout.standard(names));
    }

    Journal(Path dir, JournalLayout layout) {
        this.dir = new OutputDir(dir);
        this.layout = layout;
        this.names = layout.labels();
        if (names != null) {
            for (int s = 0; s < names.size(); s++) {
                index.putIfAbsent(names.get(s), s);
            }
        }
    }

    /** Starts the files over with what is already kept (dropping any torn rows), then appends. */
    void open(Collection<Outcome> kept) throws IOException {
        rewrite(kept);
        runs = append(layout.runsFile());
        daily = layout.dailyFile() == null ? null : append(layout.dailyFile());
    }

    synchronized void append(Outcome o) throws IOException {
        if (daily != null) {
            writeDaily(daily, o);
            daily.flush();
        }
        runs.write(runsRow(o));
        runs.flush();
    }

    /** Closes the append streams and writes the final, sorted files. */
    void finish(Collection<Outcome> all) throws IOException {
        close();
        rewrite(all);
    }

    @Override
    public void close() throws IOException {
        if (runs != null) {
            runs.close();
            if (daily != null) {
                daily.close();
            }
            runs = null;
            daily = null;
        }
    }

    private BufferedWriter append(String name) throws IOException {
        return shequn.files.Written.writer(dir.path().resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    private void rewrite(Collection<Outcome> outcomes) throws IOException {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(ORDER);
        if (layout.dailyFile() != null) {
            dir.write(layout.dailyFile(), w -> {
                w.write(dailyHeader());
                for (Outcome o : sorted) {
                    writeDaily(w, o);
                }
            });
        }
        dir.write(layout.runsFile(), w -> {
            w.write(runsHeader());
            for (Outcome o : sorted) {
                w.write(runsRow(o));
            }
        });
    }

    private String prefix(Outcome o) {
        return names == null ? "" : names.get(o.scenario()) + ",";
    }

    private String label() {
        return names == null ? "" : layout.labelColumn() + ",";
    }

    private String extras(int scenario) {
        if (layout.extraHeader().isEmpty()) {
            return "";
        }
        return "," + String.join(",", layout.extraCells().get(scenario));
    }

    String runsHeader() {
        String extra = layout.extraHeader().isEmpty() ? "" : String.join(",", layout.extraHeader()) + ",";
        return label() + "rep,seed," + extra + String.join(",", Outcome.TOTALS) + "\n";
    }

    String dailyHeader() {
        StringBuilder sb = new StringBuilder(label()).append("rep,day");
        Outcome.DAILY.forEach(k -> sb.append(',').append(k.column()));
        return sb.append('\n').toString();
    }

    private String runsRow(Outcome o) {
        StringBuilder sb = new StringBuilder(prefix(o)).append(o.rep()).append(',').append(o.seed()).append(extras(o.scenario()));
        for (double v : o.totals()) {
            sb.append(',').append(Cells.exactText(v));
        }
        return sb.append('\n').toString();
    }

    private void writeDaily(Writer w, Outcome o) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (double[] day : o.daily()) {
            sb.append(prefix(o)).append(o.rep()).append(',').append((long) day[0]);
            for (int k = 1; k < day.length; k++) {
                sb.append(',').append(Cells.exactText(day[k]));
            }
            sb.append('\n');
        }
        w.write(sb.toString());
    }

    /**
     * The finished replications recorded in a folder: rows of runs.csv whose daily series is complete.
     * A torn last line (the process died mid-write) is ignored, as is a replication without all its days.
     *
     * @param days days per scenario, to tell a complete daily series from a torn one
     */
    List<Outcome> read(int[] days) throws IOException, ExperimentException {
        Map<String, List<double[]>> series = layout.dailyFile() == null ? Map.of() : readDaily();
        Map<String, Outcome> done = new LinkedHashMap<>();
        List<String[]> rows = rows(layout.runsFile(), runsHeader(), layout.extraHeader().size());
        int skip = layout.extraHeader().size();
        for (String[] cells : rows) {
            int at = names == null ? 0 : 1;
            int scenario = scenarioOf(cells);
            int rep = Integer.parseInt(cells[at]);
            String key = scenario + ":" + rep;
            List<double[]> daily = layout.dailyFile() == null ? List.of() : series.get(key);
            if (daily == null || (layout.dailyFile() != null && daily.size() != days[scenario]) || done.containsKey(key)) {
                continue;
            }
            double[] totals = new double[Outcome.TOTALS.size()];
            for (int k = 0; k < totals.length; k++) {
                totals[k] = Cells.parse(cells[at + 2 + skip + k]);
            }
            done.put(key, new Outcome(scenario, rep, Long.parseLong(cells[at + 1]), totals, daily.toArray(double[][]::new)));
        }
        return new ArrayList<>(done.values());
    }

    private Map<String, List<double[]>> readDaily() throws IOException, ExperimentException {
        Map<String, List<double[]>> series = new HashMap<>();
        int at = names == null ? 0 : 1;
        for (String[] cells : rows(layout.dailyFile(), dailyHeader(), 0)) {
            double[] day = new double[Outcome.DAILY.size() + 1];
            day[0] = Double.parseDouble(cells[at + 1]);
            for (int k = 1; k < day.length; k++) {
                day[k] = Cells.parse(cells[at + 1 + k]);
            }
            series.computeIfAbsent(scenarioOf(cells) + ":" + cells[at], x -> new ArrayList<>()).add(day);
        }
        return series;
    }

    private int scenarioOf(String[] cells) throws ExperimentException {
        if (names == null) {
            return 0;
        }
        Integer s = index.get(cells[0]);
        if (s == null) {
            throw new ExperimentException(dir.path() + ": rows for " + layout.labelColumn() + " '" + cells[0]
                    + "', which is not in this experiment");
        }
        return s;
    }

    /** Complete, well-formed lines after the header; a missing file has none. */
    private List<String[]> rows(String name, String header, int extras) throws IOException, ExperimentException {
        Path file = dir.path().resolve(name);
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.startsWith(header)) {
            throw new ExperimentException(file + ": unexpected columns; not written by this version of shequn for this experiment");
        }
        int columns = header.split(",").length;
        int end = text.lastIndexOf('\n');
        for (String line : text.substring(Math.min(header.length(), Math.max(end, 0)), Math.max(end, 0)).split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length == columns && wellFormed(cells, extras)) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private boolean wellFormed(String[] cells, int extras) {
        int first = names == null ? 0 : 1;
        for (int k = first; k < cells.length; k++) {
            boolean parameter = k >= first + 2 && k < first + 2 + extras; // a sweep's parameter value (may be text)
            if (!parameter && !cells[k].equals("NaN") && !NUMBER.matcher(cells[k]).matches()) {
                return false;
            }
        }
        return true;
    }
}
