package shequn.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact expected spread of the independent cascade model on a small undirected graph, by
 * enumerating live-edge graphs (Kempe, Kleinberg &amp; Tardos 2003): each direction of each edge is
 * live independently with its edge type's chance, and the spread is the set reachable from the
 * seeds along live arcs. Summing over all 2^arcs live-edge graphs, weighted by their chance, gives
 * the expected spread and each node's chance of being reached, with no sampling error.
 */
public final class LiveEdge {
    /** Arcs above this are too many to enumerate (2^24 graphs). */
    public static final int MAX_ARCS = 24;

    public record Edge(int a, int b, boolean strong) {
    }

    /** Expected spread and per-node chances of being reached. */
    public record Spread(double expected, double[] reached) {
    }

    private LiveEdge() {
    }

    /** Reads {@code a,b[,strong|weak]} lines (the engine's edge-list format; '#' comments). */
    public static List<Edge> read(Path csv) throws IOException {
        List<Edge> edges = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split(",");
            if (!Character.isDigit(f[0].strip().charAt(0))) {
                continue; // header
            }
            boolean strong = f.length > 2 && f[2].strip().equalsIgnoreCase("strong");
            edges.add(new Edge(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()), strong));
        }
        return edges;
    }

    public static Spread expectedSpread(int nodes, List<Edge> edges, int[] seeds, double pStrong, double pWeak) {
        if (nodes > 31) {
            throw new IllegalArgumentException("at most 31 nodes");
        }
        int arcs = 2 * edges.size();
        if (arcs > MAX_ARCS) {
            throw new IllegalArgumentException(arcs + " arcs: too many to enumerate");
        }
        int[] from = new int[arcs];
        int[] to = new int[arcs];
        double[] p = new double[arcs];
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            double pe = edge.strong() ? pStrong : pWeak;
            from[2 * e] = edge.a();
            to[2 * e] = edge.b();
            from[2 * e + 1] = edge.b();
            to[2 * e + 1] = edge.a();
            p[2 * e] = pe;
            p[2 * e + 1] = pe;
        }
        int seedMask = 0;
        for (int s : seeds) {
            seedMask |= 1 << s;
        }
        double expected = 0;
        double[] reached = new double[nodes];
        int[] out = new int[nodes];
        for (long live = 0; live < (1L << arcs); live++) {
            double chance = 1;
            java.util.Arrays.fill(out, 0);
            for (int k = 0; k < arcs; k++) {
                if ((live >>> k & 1) != 0) {
                    chance *= p[k];
                    out[from[k]] |= 1 << to[k];
                } else {
                    chance *= 1 - p[k];
                }
            }
            if (chance == 0) {
                continue;
            }
            int set = seedMask;
            int frontier = seedMask;
            while (frontier != 0) {
                int grow = 0;
                for (int f = frontier; f != 0; f &= f - 1) {
                    grow |= out[Integer.numberOfTrailingZeros(f)];
                }
                frontier = grow & ~set;
                set |= grow;
            }
            expected += chance * Integer.bitCount(set);
            for (int s = set; s != 0; s &= s - 1) {
                reached[Integer.numberOfTrailingZeros(s)] += chance;
            }
        }
        return new Spread(expected, reached);
    }
}
