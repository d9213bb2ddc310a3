package shequn.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The result files shequn's commands write, and which commands write each: to refuse a folder that
 * already holds results, to clear them ({@code run --force}), and to tell a folder holding the files of
 * one command from a mixture of two ({@code report}, {@code chart}).
 */
public final class ResultFiles {
    public static final String SUMMARY = "summary.json";
    public static final String MANIFEST = "experiment.json";
    public static final String OPTIMISED = "-optimised.yaml";
    public static final String CALIBRATED = "-calibrated.yaml";
    /** What a command writes after its results, from them: not results themselves. */
    public static final String REPORT = "report.html";
    public static final String CHARTS = "charts";

    /** Each result file and the commands that write it (summary.json: every command; told apart by its "command"). */
    static final Map<String, Set<String>> WRITERS = writers();

    private static final Set<String> EVERY = Set.of("run", "mc", "compare", "sweep", "sensitivity", "optimize", "calibrate",
            "response");

    private ResultFiles() {
    }

    private static Map<String, Set<String>> writers() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("daily.csv", Set.of("run"));
        m.put("daily_breakdown.csv", Set.of("run"));
        m.put("cascades.csv", Set.of("run"));
        m.put(MANIFEST, Set.of("mc", "compare", "sweep", "sensitivity", "response"));
        m.put("runs.csv", Set.of("mc", "compare"));
        m.put("daily_runs.csv", Set.of("mc", "compare"));
        m.put("daily_summary.csv", Set.of("mc", "compare"));
        m.put("comparison.csv", Set.of("compare"));
        m.put("incremental.csv", Set.of("compare"));
        m.put("sweep.csv", Set.of("sweep", "sensitivity"));
        m.put("points.csv", Set.of("sweep", "sensitivity"));
        m.put("sensitivity.csv", Set.of("sensitivity"));
        m.put("response.csv", Set.of("response"));
        m.put("response_runs.csv", Set.of("response"));
        m.put("trace.csv", Set.of("optimize", "calibrate"));
        m.put("validation.csv", Set.of("optimize"));
        m.put("calibration.csv", Set.of("calibrate"));
        m.put("fit.csv", Set.of("calibrate"));
        // calibrate --transactions
        m.put("parameters.csv", Set.of("calibrate"));
        m.put("holdout.csv", Set.of("calibrate"));
        m.put("customers.csv", Set.of("calibrate"));
        m.put("moments.csv", Set.of("calibrate"));
        m.put("entry.csv", Set.of("calibrate"));
        m.put("tracking.csv", Set.of("calibrate"));
        m.put(SUMMARY, EVERY);
        return m;
    }

    /** Every file name any command writes as its results, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }

    /** The result files {@code dir} holds (with any NAME-optimised.yaml / NAME-calibrated.yaml), in a fixed order. */
    public static List<String> present(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        for (String name : WRITERS.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                found.add(name);
            }
        }
        found.addAll(plans(dir));
        return found;
    }

    /** The scenario files optimize and calibrate write, sorted by name. */
    private static List<String> plans(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> writerOf(n) != null).sorted().toList();
        }
    }

    private static Set<String> writerOf(String name) {
        if (name.endsWith(OPTIMISED) && name.length() > OPTIMISED.length()) {
            return Set.of("optimize");
        }
        if (name.endsWith(CALIBRATED) && name.length() > CALIBRATED.length()) {
            return Set.of("calibrate");
        }
        return WRITERS.get(name);
    }

    /**
     * Deletes the result files {@code dir} holds and what was made from them (report.html, the chart
     * files in charts/, the scenario copies in inputs/, and each folder once empty); other files are left
     * alone. Returns what was deleted.
     */
    public static List<String> clear(Path dir) throws IOException {
        List<String> gone = new ArrayList<>();
        for (String name : present(dir)) {
            Files.deleteIfExists(dir.resolve(name));
            gone.add(name);
        }
        if (Files.deleteIfExists(dir.resolve(REPORT))) {
            gone.add(REPORT);
        }
        clearFolder(dir, CHARTS, "*.{png,svg,pdf}", gone);
        clearFolder(dir, InputCopies.FOLDER, "*.yaml", gone); // the scenarios the old results ran
        return gone;
    }

    /** Deletes the files matching {@code glob} in DIR/sub (links left alone), and the folder once empty. */
    private static void clearFolder(Path dir, String sub, String glob, List<String> gone) throws IOException {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                    gone.add(sub + "/" + f.getFileName());
                }
            }
        }
        try (Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    /**
     * Null if the result files in {@code dir} can all come from one command; otherwise one line
     * naming two files that cannot (e.g. a run's summary.json beside an mc's runs.csv).
     */
    public static String mixture(Path dir) throws IOException {
        Set<String> possible = new LinkedHashSet<>(EVERY);
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (String name : present(dir)) {
            Set<String> declared = name.equals(SUMMARY) || name.equals(MANIFEST) ? declared(dir.resolve(name)) : null;
            Set<String> known = declared != null ? declared : writerOf(name);
            // a summary.json that cannot be read says nothing of its writer: its reader reports it
            Set<String> writers = known != null ? known : new LinkedHashSet<>(EVERY);
            Set<String> still = new LinkedHashSet<>(possible);
            still.retainAll(writers);
            if (still.isEmpty() && seen.isEmpty()) {
                return dir + ": " + name + " was not written by a shequn command this version knows ("
                        + label(writers) + "); point at a results folder";
            }
            if (still.isEmpty()) {
                String earlier = seen.entrySet().stream().filter(e -> e.getValue().stream().noneMatch(writers::contains))
                        .map(Map.Entry::getKey).findFirst().orElse(seen.keySet().iterator().next());
                return dir + ": holds the results of different commands: " + name + " (from " + label(writers) + ") beside "
                        + earlier + " (from " + label(seen.get(earlier)) + "); write each command's results to a folder "
                        + "of its own and point at that";
            }
            possible = still;
            seen.put(name, writers);
        }
        return null;
    }

    /** The command a summary.json or experiment.json says wrote it (a run's summary has no "command"); null if unreadable. */
    private static Set<String> declared(Path file) {
        try {
            JsonNode node = Json.MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                return null;
            }
            JsonNode command = node.get("command");
            if (command == null) {
                return file.getFileName().toString().equals(SUMMARY) && node.has("scenario") ? Set.of("run") : null;
            }
            return EVERY.contains(command.asText()) ? Set.of(command.asText()) : null;
        } catch (IOException e) {
            return null; // an unreadable file is reported by whoever reads it, in its own words
        }
    }

    private static String label(Set<String> writers) {
        return String.join(" or ", writers.stream().sorted().toList());
    }
}
