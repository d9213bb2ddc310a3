package shequn.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import shequn.optimize.Search;

/**
 * A search's evaluations as they finish (agent-journal.csv for the agent model, search-journal.csv for
 * a KPI-series fit), so that a killed calibration
 * resumes: the search is deterministic given its seed and the values it is told, so on resume it is
 * run again from the start and each journaled point is answered from the journal (bit for bit, the
 * values are kept as hexadecimal doubles) instead of simulated; it then goes on where it stopped.
 * The first line is a fingerprint of the inputs: a journal of another calibration is refused.
 */
public final class SearchJournal implements AutoCloseable {
    /** The agent model's search (calibrate --transactions). */
    public static final String FILE = "agent-journal.csv";
    /** The KPI-series search (calibrate --observed). */
    public static final String SERIES_FILE = "search-journal.csv";

    /** One evaluation: the point in unit coordinates and its value. */
    record Entry(double[] u, double value) {
    }

    private final Path file;
    private final List<Entry> kept;
    private BufferedWriter out;
    private int replayed;

    private SearchJournal(Path file, List<Entry> kept) {
        this.file = file;
        this.kept = kept;
    }

    /** A new journal (any old one replaced), headed by {@code fingerprint}. */
    public static SearchJournal start(Path dir, String fingerprint) throws IOException {
        return start(dir, FILE, fingerprint);
    }

    /** A new journal in file {@code name} of {@code dir}. */
    public static SearchJournal start(Path dir, String name, String fingerprint) throws IOException {
        SearchJournal j = new SearchJournal(dir.resolve(name), new ArrayList<>());
        Files.writeString(j.file, "# " + fingerprint + "\n", StandardCharsets.UTF_8);
        j.out = Files.newBufferedWriter(j.file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return j;
    }

    /** The journal in {@code dir}, its complete lines kept for replay; null if its fingerprint differs or there is none. */
    public static SearchJournal resume(Path dir, String fingerprint) throws IOException {
        return resume(dir, FILE, fingerprint);
    }

    /** The journal in file {@code name} of {@code dir}; null if its fingerprint differs or there is none. */
    public static SearchJournal resume(Path dir, String name, String fingerprint) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.isEmpty() || !lines.get(0).equals("# " + fingerprint)) {
            return null;
        }
        lines.remove(lines.size() - 1); // after the last newline: empty, or a line torn by the kill
        List<Entry> kept = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double[] u = new double[c.length - 1];
            for (int i = 1; i < c.length; i++) {
                u[i - 1] = Double.parseDouble(c[i]);
            }
            kept.add(new Entry(u, Double.parseDouble(c[0])));
        }
        SearchJournal j = new SearchJournal(file, kept);
        // start the file over with the complete lines only, then append
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            sb.append(line).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        j.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return j;
    }

    /** {@code f}, answered from {@code journal} while it replays and recorded in it after; {@code f} itself when null. */
    public static Search.Objective around(SearchJournal journal, Search.Objective f) {
        if (journal == null) {
            return f;
        }
        return u -> {
            double kept = journal.replay(u);
            if (!Double.isNaN(kept)) {
                return kept;
            }
            double v = f.at(u);
            journal.record(u, v);
            return v;
        };
    }

    /** Evaluations kept from before. */
    public int kept() {
        return kept.size();
    }

    /** The journaled value of the next evaluation if it is one of those kept (it must be the same point), else NaN. */
    public double replay(double[] u) {
        if (replayed >= kept.size()) {
            return Double.NaN;
        }
        Entry e = kept.get(replayed++);
        if (!Arrays.equals(e.u(), u)) {
            throw new IllegalStateException("the resumed search left the journaled path at evaluation " + replayed
                    + ": the calibration's inputs or shequn changed; start it over without --resume");
        }
        return e.value();
    }

    /** Appends a new evaluation (flushed: a kill loses at most the one in flight). */
    public void record(double[] u, double value) throws IOException {
        StringBuilder sb = new StringBuilder(Double.toHexString(value));
        for (double x : u) {
            sb.append(',').append(Double.toHexString(x));
        }
        out.write(sb.append('\n').toString());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
