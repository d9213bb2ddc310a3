package shequn.engine;

import java.util.Locale;
import shequn.metrics.Kpi;
import shequn.network.SocialGraph;
import shequn.population.Consumers;
import shequn.scenario.Group;
import shequn.scenario.Kol;
import shequn.scenario.Network;
import shequn.scenario.Scenario;

/**
 * How much heap one replication's world will take, worked out from the scenario alone, before
 * anything is allocated — so that a world too big for the heap is refused up front with a clear
 * message instead of an {@link OutOfMemoryError} halfway through building it.
 *
 * <p>The estimate counts the primitive arrays the engine allocates (array headers and the few
 * objects per group, KOL and store are ignored):
 * <ul>
 *   <li><b>consumers</b>: {@link Consumers#bytesPerConsumer()} per consumer, plus the need calendar
 *       (8 bytes), the day's online-trigger flag (1 byte) and the census's (what each consumer adds to the
 *       head counts, 1 byte; the day its decaying tie is next checked, 4 bytes);</li>
 *   <li><b>ties</b>: {@link SocialGraph#BYTES_PER_SLOT} per directed static slot (mean degree × n; n(n−1) for a
 *       complete graph), 4 bytes of row offset and {@link SocialGraph#EXTRA_BYTES_PER_NODE} of dynamic-tie slots per
 *       consumer;</li>
 *   <li><b>groups and KOLs</b>: member arrays at each group's cap (14 bytes a slot), follower indices;</li>
 *   <li><b>daily KPI table</b>: one row of doubles a day, plus the breakdown rows; counted with it, each
 *       store's catalogue (16 bytes a product);</li>
 *   <li><b>working lists</b>: the day's to-do lists (visitors, sharers, cascades, consumers touched), at
 *       most an int per consumer each, and the census's calendar of booked checks, lapses and churn
 *       (about one booking per consumer ahead, counted as two);</li>
 *   <li><b>build transients</b>, alive only while the world is built: the generator's edge list
 *       (9 bytes an undirected edge), a copy of the packed slots when duplicates are merged, the
 *       age-band index and a KOL's follower pool (the tie-strength sort keys, 8 bytes an edge, come after
 *       the edge list is gone and are smaller).</li>
 * </ul>
 * The peak is the world plus the larger of the build transients and the working lists. An edge-list
 * network is estimated from {@code network.mean_degree}, since its size is only known once read.
 */
public record MemoryEstimate(long consumers, long consumerBytes, long tieBytes, long groupBytes, long kolBytes,
                             long kpiBytes, long workBytes, long buildBytes) {

    private static final long GB = 1L << 30;
    private static final long MB = 1L << 20;
    /** Headroom asked beyond the estimate: the collector needs room to move large arrays. */
    static final double MARGIN = 1.15;
    static final long FIXED_MARGIN = 64 * MB;

    /** Estimates the world {@code scenario} will build. */
    public static MemoryEstimate of(Scenario scenario) {
        long n = scenario.households();
        long consumerBytes = n * (Consumers.bytesPerConsumer() + 8 + 1 + 1 + 4);
        long slots = staticSlots(scenario.network(), n);
        long tieBytes = slots * SocialGraph.BYTES_PER_SLOT + 4 * (n + 1) + n * SocialGraph.EXTRA_BYTES_PER_NODE;
        long groupBytes = 0;
        for (Group g : scenario.groups()) {
            groupBytes += (long) g.maxSize() * (4 + 4 + 2 + 4) + 256 * 4 + 128;
        }
        long kolBytes = 0;
        long kolPool = 0;
        for (Kol k : scenario.kols()) {
            kolBytes += 4L * Math.min(n, k.followers());
            kolPool = 5 * n; // pool of candidates and a taken flag, one KOL at a time
        }
        int days = scenario.days();
        long kpiBytes = (long) days * Kpi.values().length * 8 + (long) days * (scenario.stores().size() + 7) * 96;
        for (var store : scenario.stores()) {
            kpiBytes += 16L * store.skus(); // the catalogue: a Zipf CDF and a sales tally per product
        }
        long workBytes = 4 * 4 * n + 2 * 4 * n;
        long edges = (slots + 1) / 2;
        long edgeBuffer = 9 * (long) (edges * 1.5); // the generator's list, after at most one growth
        long packedCopy = 4 * slots;
        long buildBytes = Math.max(edgeBuffer + packedCopy + 4 * n, kolPool);
        return new MemoryEstimate(n, consumerBytes, tieBytes, groupBytes, kolBytes, kpiBytes, workBytes, buildBytes);
    }

    /** Directed static slots the network will hold: about mean degree × n. */
    static long staticSlots(Network net, long n) {
        return switch (net.type()) {
            case NONE -> 0;
            case COMPLETE -> n * (n - 1);
            // clustered: strong ties inside clusters come first, weak ones fill up to the mean degree
            case CLUSTERED -> (long) Math.ceil(Math.min(Math.max(net.meanDegree(), 1.5 * net.clusterSize()),
                    Math.max(0, n - 1)) * n);
            default -> (long) Math.ceil(Math.min(net.meanDegree(), Math.max(0, n - 1)) * n);
        };
    }

    /** Bytes of the built world's arrays. */
    public long worldBytes() {
        return consumerBytes + tieBytes + groupBytes + kolBytes + kpiBytes;
    }

    /** Most bytes alive at once: while building (edge list) or while stepping (working lists). */
    public long peakBytes() {
        return worldBytes() + Math.max(workBytes, buildBytes);
    }

    /** Heap bytes to ask for, with headroom for the collector. */
    public long neededBytes() {
        return (long) (peakBytes() * MARGIN) + FIXED_MARGIN;
    }

    /** State plus ties per consumer, in bytes (what a consumer costs once the world is built). */
    public double bytesPerConsumer() {
        return consumers == 0 ? 0 : (double) (consumerBytes + tieBytes) / consumers;
    }

    /** Heap this JVM can still give: the maximum heap less what is in use now. */
    public static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Refuses a world that will not fit in what the heap can still give. Garbage counts as used, so
     * before refusing it asks for one collection and looks again.
     *
     * @throws WorldTooLargeException when the world does not fit
     */
    public void check() throws WorldTooLargeException {
        long need = neededBytes();
        if (need <= availableBytes()) {
            return;
        }
        System.gc();
        long available = availableBytes();
        if (need > available) {
            throw new WorldTooLargeException(consumers, need, available, suggestedXmxGb());
        }
    }

    /** A whole number of GB for {@code -Xmx}: the need plus what the JVM itself holds, rounded up to even. */
    public int suggestedXmxGb() {
        long gb = (neededBytes() + 256 * MB + GB - 1) / GB;
        return (int) Math.max(2, gb + (gb & 1));
    }

    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB);
    }
}
