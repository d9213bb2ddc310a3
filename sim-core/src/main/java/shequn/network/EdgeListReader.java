package shequn.network;

import ec.util.MersenneTwisterFast;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an edge-list CSV: columns {@code a,b[,type]}, 0-based consumer indices, type
 * {@code strong|weak} (any case; when absent or empty, strong with probability
 * {@code strongShare}). The first line is a header when none of its fields is a number. Blank lines
 * are skipped; self-loops are dropped and duplicates merged by {@link SocialGraph#fromEdges}.
 * Streams the file: O(lines) time, one primitive slot per edge.
 */
final class EdgeListReader {
    private final String name;
    private final int n;
    private final EdgeBuffer out;
    private int lineNo;

    private EdgeListReader(String name, int n, double strongShare, MersenneTwisterFast rng) {
        this.name = name;
        this.n = n;
        this.out = new EdgeBuffer(1024, strongShare, rng);
    }

    static SocialGraph read(Path file, int n, double strongShare, MersenneTwisterFast rng)
            throws NetworkInputException {
        EdgeListReader r = new EdgeListReader(file.toString(), n, strongShare, rng);
        boolean opened = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            opened = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                r.line(line);
            }
        } catch (IOException e) {
            // An open failure is the whole file's; a decoding failure is the line after the last read.
            throw new NetworkInputException(r.name, opened ? r.lineNo + 1 : 0, 0, "cannot read: " + e);
        }
        return r.out.toGraph(n);
    }

    private void line(String line) throws NetworkInputException {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1); // editors do not show the byte-order mark as a column
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
        int a = index(f[0], col[0]);
        int b = index(f[1], col[1]);
        String type = f.length == 3 ? f[2].trim() : "";
        if (type.isEmpty()) {
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
            if (isNumber(s.trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int index(String field, int col) throws NetworkInputException {
        String s = field.trim();
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(col, "'" + s + "' is not a number");
        }
        if (v < 0 || v >= n) {
            throw error(col, "index " + v + " out of range [0," + n + ")");
        }
        return (int) v;
    }

    private byte type(String s, int col) throws NetworkInputException {
        if (s.equalsIgnoreCase("strong")) {
            return SocialGraph.STRONG;
        }
        if (s.equalsIgnoreCase("weak")) {
            return SocialGraph.WEAK;
        }
        throw error(col, "unknown type '" + s + "' (expected strong or weak)");
    }

    private NetworkInputException error(int col, String what) {
        return new NetworkInputException(name, lineNo, col, what);
    }
}
