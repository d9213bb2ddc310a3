package shequn.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scenario files the page may open: those named on the command line (a file, or every scenario of a
 * folder) and the bundled library. The page names a scenario by its index here, never by a path, so the
 * server reads no file outside these folders whatever a request says.
 */
final class Library {
    /** One scenario file the page can pick; {@code label} is what the page shows. */
    record Entry(int id, Path file, String label) {
    }

    private final List<Entry> entries;

    private Library(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The given files and folders (a folder adds its .yaml/.yml/.json files, not its sub-folders), then the
     * library's top-level scenarios. A path that is neither is refused in one line.
     */
    static Library of(List<Path> given, Path library) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                files.addAll(scenariosIn(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException(p + ": no such scenario file or folder");
            }
        }
        if (library != null && Files.isDirectory(library)) {
            files.addAll(scenariosIn(library));
        }
        List<Entry> entries = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path f : files) {
            Path real = f.toAbsolutePath().normalize();
            if (!seen.contains(real)) {
                seen.add(real);
                entries.add(new Entry(entries.size(), real, label(f, library)));
            }
        }
        return new Library(entries);
    }

    private static String label(Path f, Path library) {
        Path name = f.getFileName();
        boolean inLibrary = library != null && f.toAbsolutePath().normalize().getParent()
                .equals(library.toAbsolutePath().normalize());
        return (inLibrary ? "library/" : "") + name;
    }

    private static List<Path> scenariosIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(Library::isScenario).sorted().toList();
        }
    }

    private static boolean isScenario(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.endsWith(".schema.json");
    }

    List<Entry> entries() {
        return entries;
    }

    /** The entry with this id, or null: an unknown or malformed id names no file. */
    Entry get(String id) {
        if (id == null || !id.matches("\\d{1,6}")) {
            return null;
        }
        int i = Integer.parseInt(id);
        return i < entries.size() ? entries.get(i) : null;
    }
}
