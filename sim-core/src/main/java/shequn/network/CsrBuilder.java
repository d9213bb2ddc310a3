package shequn.network;

import java.util.Arrays;

/**
 * Builds the compressed-sparse-row arrays of a {@link SocialGraph} from an undirected edge list.
 *
 * <p>Each row is filled with packed ints {@code neighbour << 2 | type}, so one primitive
 * {@code Arrays.sort} per row orders neighbours and keeps their types aligned, with no object per
 * edge. Duplicates are merged keeping the strongest type (the rule is the same seen from both
 * ends, so both directions keep equal types); self-loops are dropped.
 *
 * <p>Time O(n + m log d) for m edges and largest degree d; transient memory: the input plus one
 * {@code int} per directed slot and {@code n + 1} offsets.
 */
final class CsrBuilder {
    /** Packing spends two bits on the type, which bounds node indices. */
    static final int MAX_NODES = 1 << 29;

    int[] offset;
    int[] neighbour;
    byte[] type;

    private CsrBuilder() {
    }

    static CsrBuilder build(int[] a, int[] b, byte[] t, int m, int n) {
        validate(a, b, t, m, n);
        CsrBuilder c = new CsrBuilder();
        c.offset = new int[n + 1];
        int[] packed = fill(a, b, t, m, n, c.offset);
        int used = sortAndMerge(packed, c.offset, n);
        c.unpack(packed, used);
        return c;
    }

    private static void validate(int[] a, int[] b, byte[] t, int m, int n) {
        if (n < 0 || n > MAX_NODES) {
            throw new IllegalArgumentException("node count " + n + " outside [0, " + MAX_NODES + "]");
        }
        if (m < 0 || m > a.length || m > b.length || m > t.length) {
            throw new IllegalArgumentException("edge count " + m + " exceeds the arrays given");
        }
        for (int e = 0; e < m; e++) {
            if (a[e] < 0 || a[e] >= n || b[e] < 0 || b[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " (" + a[e] + "," + b[e] + ") outside [0," + n + ")");
            }
            if (t[e] != SocialGraph.WEAK && t[e] != SocialGraph.STRONG) {
                throw new IllegalArgumentException("edge " + e + " has unknown type " + t[e]);
            }
        }
    }

    /** Counting sort of both directions into rows; leaves {@code off} as row starts. */
    private static int[] fill(int[] a, int[] b, byte[] t, int m, int n, int[] off) {
        long slots = 0;
        for (int e = 0; e < m; e++) {
            if (a[e] != b[e]) {
                off[a[e]]++;
                off[b[e]]++;
                slots += 2;
            }
        }
        if (slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many edges for int slots: " + slots / 2);
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int d = off[i];
            off[i] = sum;
            sum += d;
        }
        off[n] = sum;
        int[] packed = new int[sum];
        for (int e = 0; e < m; e++) {
            if (a[e] != b[e]) {
                packed[off[a[e]]++] = b[e] << 2 | t[e];
                packed[off[b[e]]++] = a[e] << 2 | t[e];
            }
        }
        // Each cursor now sits at the next row's start: shift back to recover the starts.
        System.arraycopy(off, 0, off, 1, n);
        off[0] = 0;
        return packed;
    }

    /** Sorts each row and compacts duplicates away in place; returns the slots kept. */
    private static int sortAndMerge(int[] packed, int[] off, int n) {
        int read = 0;
        int w = 0;
        for (int i = 0; i < n; i++) {
            int end = off[i + 1];
            Arrays.sort(packed, read, end);
            int rowStart = w;
            for (int k = read; k < end; k++) {
                int v = packed[k];
                if (w > rowStart && packed[w - 1] >>> 2 == v >>> 2) {
                    packed[w - 1] = v; // ascending within a neighbour: the last is the strongest
                } else {
                    packed[w++] = v;
                }
            }
            off[i + 1] = w;
            read = end;
        }
        return w;
    }

    private void unpack(int[] packed, int used) {
        neighbour = used == packed.length ? packed : Arrays.copyOf(packed, used);
        type = new byte[used];
        for (int k = 0; k < used; k++) {
            type[k] = (byte) (neighbour[k] & 3);
            neighbour[k] >>>= 2;
        }
    }
}
