package shequn.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/** Growable primitive edge list that the generators fill before the CSR is built. */
final class EdgeBuffer {
    private int[] a;
    private int[] b;
    private byte[] t;
    private int m;
    private final double strongShare;
    private final MersenneTwisterFast rng;

    /**
     * @param expected    edges expected, so the arrays rarely grow
     * @param strongShare chance each edge added by {@link #add(int, int)} is strong
     */
    EdgeBuffer(long expected, double strongShare, MersenneTwisterFast rng) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expected));
        a = new int[cap];
        b = new int[cap];
        t = new byte[cap];
        this.strongShare = strongShare;
        this.rng = rng;
    }

    /** Adds an edge whose type is drawn: strong with probability {@code strongShare}. */
    void add(int x, int y) {
        add(x, y, rng.nextDouble() < strongShare ? SocialGraph.STRONG : SocialGraph.WEAK);
    }

    void add(int x, int y, byte type) {
        if (m == a.length) {
            grow();
        }
        a[m] = x;
        b[m] = y;
        t[m++] = type;
    }

    private void grow() {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, a.length + (long) (a.length >> 1) + 16);
        if (cap == a.length) {
            throw new IllegalStateException("edge list exceeds " + cap + " edges");
        }
        a = Arrays.copyOf(a, cap);
        b = Arrays.copyOf(b, cap);
        t = Arrays.copyOf(t, cap);
    }

    int size() {
        return m;
    }

    int a(int e) {
        return a[e];
    }

    int b(int e) {
        return b[e];
    }

    SocialGraph toGraph(int n) {
        return SocialGraph.fromEdges(a, b, t, m, n);
    }
}
