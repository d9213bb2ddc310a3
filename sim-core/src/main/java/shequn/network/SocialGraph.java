package shequn.network;

import java.util.Arrays;

/**
 * The consumers' social network: an undirected graph in compressed-sparse-row (CSR) form, with no
 * object per node or edge, so that 10 million consumers with 20 ties each fit in a few GB.
 *
 * <h2>Static ties (CSR)</h2>
 * The ties of consumer {@code i} occupy the slots {@code start(i) .. end(i) - 1}; slot {@code k}
 * holds {@link #neighbour(int)}, {@link #type(int)} ({@link #WEAK} or {@link #STRONG}) and a
 * contact counter {@link #contacts(int)}. Every tie is stored in both directions with the same
 * type; rows are sorted by neighbour (so {@link #find(int, int)} is a binary search, O(log d)), and
 * there are no self-loops or duplicates. The topology is immutable; types and counters change.
 *
 * <h2>Dynamic ties (extra slots)</h2>
 * Ties made during a run (group co-membership) go into {@link #EXTRA_SLOTS} fixed slots per
 * consumer, also symmetric. Iterate all ties of {@code i} without allocating:
 * <pre>{@code
 * for (int k = g.start(i); k < g.end(i); k++) use(g.neighbour(k), g.type(k));
 * for (int j = 0; j < g.extraCount(i); j++) use(g.extraNeighbour(i, j), g.extraType(i, j));
 * }</pre>
 *
 * <h2>Weak ties becoming strong</h2>
 * {@link #interact(int, int, int)} counts contacts on a tie (both directions, saturating at
 * {@link Short#MAX_VALUE}) and upgrades it to strong once the count reaches a threshold: repeated
 * interaction turns strangers into acquaintances (把生人变成熟人).
 *
 * <p>Not thread-safe for mutation; reads of the topology are safe from any thread.
 */
public final class SocialGraph {
    public static final byte WEAK = 1;
    public static final byte STRONG = 2;
    /** Dynamic ties each consumer can gain during a run. */
    public static final int EXTRA_SLOTS = 8;
    /** Bytes per directed static slot: neighbour (int), type (byte), contact counter (short). */
    public static final int BYTES_PER_SLOT = 4 + 1 + 2;
    /** Bytes per consumer for the dynamic ties: {@link #EXTRA_SLOTS} slots and their count. */
    public static final int EXTRA_BYTES_PER_NODE = EXTRA_SLOTS * BYTES_PER_SLOT + 1;

    private final int n;
    private final int[] offset;
    private final int[] neighbour;
    private final byte[] type;
    private final short[] contacts;

    private final int[] extraTarget;
    private final byte[] extraType;
    private final short[] extraContacts;
    private final byte[] extraCount;
    private long extraEdges;

    private SocialGraph(int n, CsrBuilder csr) {
        this.n = n;
        this.offset = csr.offset;
        this.neighbour = csr.neighbour;
        this.type = csr.type;
        this.contacts = new short[neighbour.length];
        this.extraTarget = new int[Math.multiplyExact(n, EXTRA_SLOTS)];
        this.extraType = new byte[extraTarget.length];
        this.extraContacts = new short[extraTarget.length];
        this.extraCount = new byte[n];
    }

    /**
     * Builds a graph on {@code n} nodes from the undirected edges {@code (a[e], b[e])} of type
     * {@code type[e]}, for {@code e < a.length}. See {@link #fromEdges(int[], int[], byte[], int, int)}.
     */
    public static SocialGraph fromEdges(int[] a, int[] b, byte[] type, int n) {
        return fromEdges(a, b, type, a.length, n);
    }

    /**
     * Builds a graph on {@code n} nodes from the first {@code m} entries of the edge arrays, which
     * may be longer. Self-loops are dropped; duplicate edges (in either orientation) are merged and
     * keep the strongest type. Counting sort into rows, then one primitive sort per row: time
     * O(n + m log d), no object per edge.
     *
     * @throws IllegalArgumentException for an index outside {@code [0,n)}, a type other than
     *                                  {@link #WEAK}/{@link #STRONG}, or more than 2^29 nodes
     */
    public static SocialGraph fromEdges(int[] a, int[] b, byte[] type, int m, int n) {
        return new SocialGraph(n, CsrBuilder.build(a, b, type, m, n));
    }

    public int size() {
        return n;
    }

    /** Static (CSR) degree of {@code i}; add {@link #extraCount(int)} for all ties. */
    public int degree(int i) {
        return offset[i + 1] - offset[i];
    }

    public int start(int i) {
        return offset[i];
    }

    public int end(int i) {
        return offset[i + 1];
    }

    public int neighbour(int k) {
        return neighbour[k];
    }

    public byte type(int k) {
        return type[k];
    }

    public int contacts(int k) {
        return contacts[k];
    }

    /** Undirected static (CSR) edges; dynamic ties are counted by {@link #extraEdgeCount()}. */
    public long edgeCount() {
        return neighbour.length / 2;
    }

    /** Slot of the static tie {@code a -> b}, or -1; O(log degree(a)). */
    public int find(int a, int b) {
        int k = Arrays.binarySearch(neighbour, offset[a], offset[a + 1], b);
        return k < 0 ? -1 : k;
    }

    public int extraCount(int i) {
        return extraCount[i];
    }

    /** Neighbour in extra slot {@code j < extraCount(i)} of {@code i}. */
    public int extraNeighbour(int i, int j) {
        return extraTarget[i * EXTRA_SLOTS + j];
    }

    public byte extraType(int i, int j) {
        return extraType[i * EXTRA_SLOTS + j];
    }

    public int extraContacts(int i, int j) {
        return extraContacts[i * EXTRA_SLOTS + j];
    }

    /** Index {@code j} of {@code b} among the extra ties of {@code a}, or -1; O(EXTRA_SLOTS). */
    public int findExtra(int a, int b) {
        int base = a * EXTRA_SLOTS;
        for (int j = 0; j < extraCount[a]; j++) {
            if (extraTarget[base + j] == b) {
                return j;
            }
        }
        return -1;
    }

    /** Undirected dynamic ties added so far. */
    public long extraEdgeCount() {
        return extraEdges;
    }

    /** Type of the tie between {@code a} and {@code b} (static or dynamic), or 0 when there is none. */
    public byte tieType(int a, int b) {
        int k = find(a, b);
        if (k >= 0) {
            return type[k];
        }
        int j = findExtra(a, b);
        return j < 0 ? 0 : extraType[a * EXTRA_SLOTS + j];
    }

    /**
     * Adds a weak dynamic tie between {@code a} and {@code b}, in both directions.
     *
     * @return false, changing nothing, when {@code a == b}, the two are already tied (static or
     *         dynamic), or either has used all {@link #EXTRA_SLOTS}
     */
    public boolean addWeakTie(int a, int b) {
        if (a == b || extraCount[a] >= EXTRA_SLOTS || extraCount[b] >= EXTRA_SLOTS || tieType(a, b) != 0) {
            return false;
        }
        append(a, b);
        append(b, a);
        extraEdges++;
        return true;
    }

    private void append(int from, int to) {
        int s = from * EXTRA_SLOTS + extraCount[from]++;
        extraTarget[s] = to;
        extraType[s] = WEAK;
        extraContacts[s] = 0;
    }

    /**
     * Records one contact between {@code a} and {@code b} on their tie, static or dynamic, and
     * upgrades a weak tie to strong in both directions once its count reaches
     * {@code contactsToStrong}. Does nothing when the two are not tied. O(log d + EXTRA_SLOTS).
     *
     * @return true when this contact upgraded the tie
     */
    public boolean interact(int a, int b, int contactsToStrong) {
        int k = find(a, b);
        if (k >= 0) {
            return bump(contacts, type, k, find(b, a), contactsToStrong);
        }
        int j = findExtra(a, b);
        if (j < 0) {
            return false;
        }
        int back = b * EXTRA_SLOTS + findExtra(b, a);
        return bump(extraContacts, extraType, a * EXTRA_SLOTS + j, back, contactsToStrong);
    }

    private static boolean bump(short[] count, byte[] kind, int s, int back, int threshold) {
        if (count[s] < Short.MAX_VALUE) {
            count[s]++;
            count[back] = count[s];
        }
        if (kind[s] == WEAK && count[s] >= threshold) {
            kind[s] = STRONG;
            kind[back] = STRONG;
            return true;
        }
        return false;
    }

    /** Sets the type of the tie held in slot k and in its mirror slot (the same tie seen from the other end). */
    void setType(int k, int mirror, byte t) {
        type[k] = t;
        type[mirror] = t;
    }

    /** Approximate heap bytes of the arrays held (headers ignored). */
    public long memoryBytes() {
        long slots = neighbour.length;
        long extra = extraTarget.length;
        return 4L * offset.length + (slots + extra) * BYTES_PER_SLOT + extraCount.length;
    }

    /** Copy of the neighbour array, for tests and checksums. */
    int[] neighbourArray() {
        return neighbour.clone();
    }

    int[] offsetArray() {
        return offset.clone();
    }

    byte[] typeArray() {
        return type.clone();
    }
}
