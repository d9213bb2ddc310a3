package shequn.montecarlo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import shequn.files.AtomicFile;
import shequn.files.WriteFailure;
import shequn.files.Written;
import shequn.output.OutputDir;

/**
 * The replications of an experiment as they finish: runs.csv (one row per replication) and
 * daily_runs.csv (its daily series). A replication's rows are made into text by {@link #rows} on the
 * worker thread that ran it, so the coordinating thread only writes bytes. Rows are appended and
 * flushed in replication order as a contiguous run of replications completes; one that finished
 * ahead of an earlier one waits in memory, up to a window of a few per thread, after which it is
 * written out of order rather than held. A killed process therefore loses at most the replications
 * in flight and that window; a replication counts as done only once its runs.csv row is complete,
 * and it is written after its daily rows. When the experiment ends the files hold the replications
 * sorted: nothing more to do when they were appended in order (always with one thread, nearly always
 * for a single scenario), else each replication's bytes are copied, in order, from where they were
 * appended (no text is made twice). The bytes do not depend on thread count or completion order.
 */
final class Journal implements AutoCloseable {
    static final String RUNS = "runs.csv";
    static final String DAILY_RUNS = "daily_runs.csv";
    static final Comparator<Outcome> ORDER = Comparator.comparingInt(Outcome::scenario).thenComparingInt(Outcome::rep);

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** One replication's rows as UTF-8 text: its runs.csv row and its daily_runs.csv rows (empty without that file). */
    record Rows(int scenario, int rep, byte[] runs, byte[] daily) {
        long key() {
            return Journal.key(scenario, rep);
        }
    }

    /** Where a replication's rows lie in the appended files. */
    private record Span(long runsAt, int runsLength, long dailyAt, int dailyLength) {
    }

    private final OutputDir dir;
    private final JournalLayout layout;
    /** Scenario labels for the label column; null in a single-scenario experiment (no such column). */
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    /** Every replication in the files, by {@link #key}. */
    private final Map<Long, Span> spans = new HashMap<>();
    /** Finished replications waiting for an earlier one, by key. */
    private final TreeMap<Long, Rows> waiting = new TreeMap<>();
    /** The keys expected next, in order. */
    private final ArrayDeque<Long> upcoming = new ArrayDeque<>();
    private int window = 8;
    private long last = Long.MIN_VALUE;
    private boolean inOrder = true;
    private Appender runs;
    private Appender daily;

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
        List<Rows> rows = kept.stream().sorted(ORDER).map(this::rows).toList();
        byte[] dailyHead = dailyHeader().getBytes(StandardCharsets.UTF_8);
        byte[] runsHead = runsHeader().getBytes(StandardCharsets.UTF_8);
        if (layout.dailyFile() != null) {
            writeWhole(layout.dailyFile(), dailyHead, rows, Rows::daily);
        }
        writeWhole(layout.runsFile(), runsHead, rows, Rows::runs);
        long runsAt = runsHead.length;
        long dailyAt = layout.dailyFile() == null ? 0 : dailyHead.length;
        for (Rows r : rows) {
            spans.put(r.key(), new Span(runsAt, r.runs().length, dailyAt, r.daily().length));
            runsAt += r.runs().length;
            dailyAt += r.daily().length;
            last = r.key();
        }
        runs = new Appender(dir.path().resolve(layout.runsFile()), runsAt);
        daily = layout.dailyFile() == null ? null : new Appender(dir.path().resolve(layout.dailyFile()), dailyAt);
    }

    /**
     * The replications about to run: rows are appended in this order ({@link #ORDER}) as they become
     * contiguous, and up to {@code window} finished ones are held back waiting for an earlier one.
     */
    synchronized void expect(List<Replicator.Job> jobs, int window) {
        upcoming.clear();
        jobs.stream().mapToLong(j -> key(j.scenario(), j.rep())).sorted().forEach(upcoming::add);
        this.window = Math.max(0, window);
    }

    /** The text of a replication's rows; safe on any thread (it reads only the layout). */
    Rows rows(Outcome o) {
        byte[] runsRow = runsRow(o).getBytes(StandardCharsets.UTF_8);
        byte[] dailyRows = layout.dailyFile() == null ? new byte[0] : dailyRows(o).getBytes(StandardCharsets.UTF_8);
        return new Rows(o.scenario(), o.rep(), runsRow, dailyRows);
    }

    synchronized void append(Rows r) throws IOException {
        waiting.put(r.key(), r);
        while (true) {
            while (!upcoming.isEmpty() && spans.containsKey(upcoming.peekFirst())) {
                upcoming.pollFirst(); // written already (out of order, or kept from an earlier run)
            }
            Rows next = !upcoming.isEmpty() ? waiting.remove(upcoming.peekFirst()) : null;
            if (next == null && waiting.size() > window) {
                next = waiting.pollFirstEntry().getValue(); // held too long: write it now, sort at the end
            }
            if (next == null) {
                return;
            }
            write(next);
        }
    }

    /** Writes what is still held back, closes the append streams and leaves both files sorted. */
    void finish(Collection<Outcome> all) throws IOException {
        close();
        if (inOrder && spans.size() == all.size()) {
            return; // appended in order, and nothing else in the files: already what a sorted rewrite gives
        }
        List<Outcome> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        if (layout.dailyFile() != null) {
            copySorted(layout.dailyFile(), dailyHeader(), sorted, false);
        }
        copySorted(layout.runsFile(), runsHeader(), sorted, true);
    }

    /** Writes what is still held back (out of order) and closes the append streams. */
    @Override
    public synchronized void close() throws IOException {
        if (runs != null) {
            try {
                while (!waiting.isEmpty()) {
                    write(waiting.pollFirstEntry().getValue());
                }
            } finally {
                runs.close();
                if (daily != null) {
                    daily.close();
                }
                runs = null;
                daily = null;
            }
        }
    }

    private void write(Rows r) throws IOException {
        long dailyAt = daily == null ? 0 : daily.append(r.daily());
        long runsAt = runs.append(r.runs());
        spans.put(r.key(), new Span(runsAt, r.runs().length, dailyAt, r.daily().length));
        inOrder &= r.key() > last;
        last = r.key();
    }

    /** Writes a whole file atomically: the header, then each replication's part. */
    private void writeWhole(String name, byte[] header, List<Rows> rows, Function<Rows, byte[]> part) throws IOException {
        AtomicFile.writeIn(dir.path(), name, out -> {
            out.write(header);
            for (Rows r : rows) {
                out.write(part.apply(r));
            }
        });
    }

    /** Rewrites {@code name} atomically: the header, then each replication's bytes, copied from where they were appended. */
    private void copySorted(String name, String header, List<Outcome> sorted, boolean runsFile) throws IOException {
        Path file = dir.path().resolve(name);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            AtomicFile.writeIn(dir.path(), name, out -> {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
                for (Outcome o : sorted) {
                    Span s = spans.get(key(o.scenario(), o.rep()));
                    copy(in, runsFile ? s.runsAt() : s.dailyAt(), runsFile ? s.runsLength() : s.dailyLength(), buffer, out);
                }
            });
        }
    }

    private static void copy(FileChannel in, long at, int length, ByteBuffer buffer, OutputStream out) throws IOException {
        long end = at + length;
        while (at < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
            int n = in.read(buffer, at);
            if (n < 0) {
                throw new IOException("journal shorter than written (" + at + " of " + end + " bytes)");
            }
            out.write(buffer.array(), 0, n);
            at += n;
        }
    }

    private static long key(int scenario, int rep) {
        return ((long) scenario << 32) | rep;
    }

    /** A file that grows at its end, flushed after each replication, knowing its length. */
    private static final class Appender implements AutoCloseable {
        private final Path file;
        private final OutputStream out;
        private long size;

        Appender(Path file, long size) throws IOException {
            this.file = file;
            this.size = size;
            out = new BufferedOutputStream(Written.stream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), 1 << 16);
        }

        /** Appends and flushes {@code bytes}; returns where they start. */
        long append(byte[] bytes) throws IOException {
            long at = size;
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw WriteFailure.of(file, e);
            }
            size += bytes.length;
            return at;
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw WriteFailure.of(file, e);
            }
        }
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

    private String dailyRows(Outcome o) {
        StringBuilder sb = new StringBuilder(o.daily().length * 128);
        String prefix = prefix(o);
        for (double[] day : o.daily()) {
            sb.append(prefix).append(o.rep()).append(',').append((long) day[0]);
            for (int k = 1; k < day.length; k++) {
                sb.append(',').append(Cells.exactText(day[k]));
            }
            sb.append('\n');
        }
        return sb.toString();
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
