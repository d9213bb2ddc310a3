package shequn.network;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an edge-list CSV: columns {@code a,b[,type]}, 0-based consumer indices (ASCII digits), type
 * {@code strong|weak} (any case; when absent or empty, strong with probability {@code strongShare}).
 * The first line is a header when none of its fields is a number. Blank lines are skipped; self-loops
 * are dropped and duplicates merged by {@link SocialGraph#fromEdges}. Streams the file: O(lines)
 * time, one primitive slot per edge.
 *
 * <p>What it refuses, in one line naming the file, line and column: a file that is not UTF-8 text
 * (control characters, invalid bytes), a line over {@value #MAX_LINE} characters, a row that is not
 * {@code a,b[,type]}, an index that is not a whole number in {@code [0,n)}, and a file with no edges
 * at all. Its messages never repeat the file's content: a mistaken file may hold anything.
 * {@link #check} reads a file the same way without building the graph, so that {@code validate} says
 * {@code ok} exactly where {@code run} builds the network.
 */
public final class EdgeListReader {
    /** Longest line read: an edge is two indices and a type, so a longer line is not an edge list. */
    static final int MAX_LINE = 1000;

    private final String name;
    private final int n;
    private final EdgeBuffer out;
    private int lineNo;
    private long edges;

    private EdgeListReader(String name, int n, EdgeBuffer out) {
        this.name = name;
        this.n = n;
        this.out = out;
    }

    static SocialGraph read(Path file, int n, double strongShare, MersenneTwisterFast rng)
            throws NetworkInputException {
        EdgeListReader r = new EdgeListReader(file.toString(), n, new EdgeBuffer(1024, strongShare, rng));
        r.readAll(file);
        return r.out.toGraph(n);
    }

    /** Checked files: path, size, time and n → edge count, so that a sweep's points do not each re-read one file. */
    private static final Map<String, Long> CHECKED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 32;
        }
    };

    /**
     * Reads {@code file} as {@link #read} does, for {@code n} consumers, without building anything;
     * returns its number of rows (edges before self-loops are dropped and duplicates merged).
     *
     * @throws NetworkInputException exactly where {@link #read} would throw it
     */
    public static long check(Path file, int n) throws NetworkInputException {
        String key = null;
        try {
            key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + n;
            synchronized (CHECKED) {
                Long known = CHECKED.get(key);
                if (known != null) {
                    return known;
                }
            }
        } catch (IOException | InvalidPathException e) {
            // not cached: readAll reports it
        }
        EdgeListReader r = new EdgeListReader(file.toString(), n, null);
        r.readAll(file);
        if (key != null) {
            synchronized (CHECKED) {
                CHECKED.put(key, r.edges);
            }
        }
        return r.edges;
    }

    private void readAll(Path file) throws NetworkInputException {
        if (Files.isDirectory(file)) {
            throw new NetworkInputException(name, 0, 0, "cannot read: is a folder; give the edge-list CSV (a,b[,type])");
        }
        if (!Files.isRegularFile(file)) {
            throw new NetworkInputException(name, 0, 0, Files.exists(file)
                    ? "cannot read: not a regular file; give the edge-list CSV (a,b[,type])"
                    : "cannot read: no such file");
        }
        boolean opened = false;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            opened = true;
            StringBuilder line = new StringBuilder();
            char[] buf = new char[8192];
            boolean pending = false;
            for (int got = in.read(buf); got >= 0; got = in.read(buf)) {
                for (int i = 0; i < got; i++) {
                    char c = buf[i];
                    if (c == '\n') {
                        line(line);
                        line.setLength(0);
                        pending = false;
                    } else {
                        if (line.length() >= MAX_LINE) {
                            throw error(lineNo + 1, MAX_LINE + 1, "a line longer than " + MAX_LINE
                                    + " characters: this is not an edge list (a,b[,type] per line)");
                        }
                        line.append(c);
                        pending = true;
                    }
                }
            }
            if (pending) {
                line(line);
            }
        } catch (CharacterCodingException e) {
            throw new NetworkInputException(name, lineNo + 1, 0, "not UTF-8 text: give the edge-list CSV (a,b[,type])");
        } catch (NoSuchFileException e) {
            throw new NetworkInputException(name, 0, 0, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new NetworkInputException(name, 0, 0, "cannot read: permission denied");
        } catch (IOException e) {
            throw new NetworkInputException(name, opened ? lineNo + 1 : 0, 0, "cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
        if (edges == 0) {
            throw new NetworkInputException(name, 0, 0, "no edges in the file: expected rows a,b[,type] of consumer "
                    + "indices from 0 to " + (n - 1) + " (use network.type: none for no ties)");
        }
    }

    private void line(CharSequence text) throws NetworkInputException {
        lineNo++;
        String line = text.toString();
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1); // editors do not show the byte-order mark as a column
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw error(i + 1, "a control character: this is not a text CSV of edges (a,b[,type] per line)");
            }
        }
        if (line.isBlank()) {
            return;
        }
        String[] f = line.split(",", -1);
        int[] col = columns(f);
        if (lineNo == 1 && isHeader(f)) {
            return;
        }
        if (f.length < 2 || f.length > 3) {
            int at = f.length < 2 ? line.length() + 1 : col[3];
            throw error(at, "expected 2 or 3 columns (a,b[,type]) but found " + f.length);
        }
        int a = index(f[0], col[0], 1);
        int b = index(f[1], col[1], 2);
        String type = f.length == 3 ? f[2].strip() : "";
        edges++;
        if (out == null) {
            if (!type.isEmpty()) {
                type(type, col[2]);
            }
        } else if (type.isEmpty()) {
            out.add(a, b);
        } else {
            out.add(a, b, type(type, col[2]));
        }
    }

    /** 1-based column of each field's first non-blank character. */
    private static int[] columns(String[] f) {
        int[] col = new int[f.length];
        int pos = 0;
        for (int i = 0; i < f.length; i++) {
            int lead = 0;
            while (lead < f[i].length() && Character.isWhitespace(f[i].charAt(lead))) {
                lead++;
            }
            col[i] = pos + lead + 1;
            pos += f[i].length() + 1;
        }
        return col;
    }

    private static boolean isHeader(String[] f) {
        for (String s : f) {
            if (isInteger(s.strip())) {
                return false;
            }
        }
        return true;
    }

    /** An optional sign and ASCII digits only: full-width or Arabic-Indic digits are not indices. */
    private static boolean isInteger(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (s.length() == start) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private int index(String field, int col, int column) throws NetworkInputException {
        String s = field.strip();
        if (!isInteger(s)) {
            throw error(col, "column " + column + " is not a consumer index (a whole number from 0 to " + (n - 1) + ")");
        }
        if (s.length() > 12 || Long.parseLong(s) < 0 || Long.parseLong(s) >= n) {
            throw error(col, "index " + (s.length() > 12 ? s.substring(0, 12) + "…" : s) + " out of range [0," + n + ")");
        }
        return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
    }

    private byte type(String s, int col) throws NetworkInputException {
        if (s.equalsIgnoreCase("strong")) {
            return SocialGraph.STRONG;
        }
        if (s.equalsIgnoreCase("weak")) {
            return SocialGraph.WEAK;
        }
        throw error(col, "column 3 is not a tie type (expected strong, weak or nothing)");
    }

    private NetworkInputException error(int col, String what) {
        return error(lineNo, col, what);
    }

    private NetworkInputException error(int line, int col, String what) {
        return new NetworkInputException(name, line, col, what);
    }
}
