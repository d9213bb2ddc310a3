package shequn.network;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import shequn.scenario.Network;

/**
 * Builds the {@link SocialGraph} a scenario's {@link Network} describes. Deterministic for a given
 * rng state. With {@code tie_strength: structure} (the default) the first three generators' ties are typed
 * by {@link TieStrength}: the {@code strongShare} with the highest neighbourhood overlap are strong; with
 * {@code random} each tie is strong with probability {@code strongShare}. An edge list's file gives the
 * types (or they are drawn at random); in CLUSTERED the type follows the clusters.
 *
 * <ul>
 *   <li>SMALL_WORLD: {@link SmallWorld} (Watts &amp; Strogatz 1998), homophilous ring order and rewiring.</li>
 *   <li>SCALE_FREE: {@link ScaleFree} (Barabási &amp; Albert 1999), homophily by rejection.</li>
 *   <li>HOMOPHILOUS_BLOCKS: {@link Blocks}, a stochastic block model by age band.</li>
 *   <li>COMPLETE: all pairs, O(n²); for docking with the Bass model on small populations.</li>
 *   <li>EDGE_LIST: the CSV {@code spec.file()}, resolved against {@code baseDir} when relative.</li>
 *   <li>NONE: no ties.</li>
 *   <li>CLUSTERED: {@link Clustered}, strong ties in family/friend clusters, weak ties between them.</li>
 * </ul>
 */
public final class NetworkBuilder {
    private NetworkBuilder() {
    }

    /**
     * @param segment age band of each consumer (0, 1, 2); its length is the number of consumers
     * @param baseDir directory a relative {@code spec.file()} is resolved against (the scenario's)
     * @throws NetworkInputException    for an unreadable or malformed edge-list file
     * @throws IllegalArgumentException for parameters out of range
     */
    public static SocialGraph build(Network spec, byte[] segment, MersenneTwisterFast rng, Path baseDir)
            throws NetworkInputException {
        check(spec);
        Bands bands = new Bands(segment);
        double strong = spec.strongShare();
        SocialGraph g = generate(spec, segment, rng, baseDir, bands, strong);
        if (structural(spec)) {
            TieStrength.byOverlap(g, strong, rng);
        }
        return g;
    }

    /**
     * Whether tie types are set by structure after generating: the first three generators, unless random is
     * asked (in a complete graph every tie has the same overlap, so its types stay drawn at random).
     */
    static boolean structural(Network spec) {
        return spec.tieStrength() == Network.TieStrength.STRUCTURE && switch (spec.type()) {
            case SMALL_WORLD, SCALE_FREE, HOMOPHILOUS_BLOCKS -> true;
            case COMPLETE, EDGE_LIST, NONE, CLUSTERED -> false;
        };
    }

    private static SocialGraph generate(Network spec, byte[] segment, MersenneTwisterFast rng, Path baseDir, Bands bands,
                                        double strong) throws NetworkInputException {
        return switch (spec.type()) {
            case SMALL_WORLD -> SmallWorld.generate(bands, spec.meanDegree(), spec.rewire(), spec.homophily(), strong, rng);
            case SCALE_FREE -> ScaleFree.generate(bands, spec.meanDegree(), spec.homophily(), strong, rng);
            case HOMOPHILOUS_BLOCKS -> Blocks.generate(bands, spec.meanDegree(), spec.homophily(), strong, rng);
            case COMPLETE -> complete(segment.length, strong, rng);
            case EDGE_LIST -> EdgeListReader.read(file(spec, baseDir), segment.length, strong, rng);
            case NONE -> new EdgeBuffer(0, strong, rng).toGraph(segment.length);
            case CLUSTERED -> Clustered.generate(bands, spec.meanDegree(), spec.clusterSize(), spec.clusterDensity(),
                    spec.neighbourhoodSize(), spec.bridgeShare(), spec.homophily(), rng);
        };
    }

    private static void check(Network spec) {
        if (!(spec.meanDegree() >= 0)) {
            throw new IllegalArgumentException("network.meanDegree must be >= 0, got " + spec.meanDegree());
        }
        probability("network.rewire", spec.rewire());
        probability("network.homophily", spec.homophily());
        probability("network.strongShare", spec.strongShare());
        probability("network.clusterDensity", spec.clusterDensity());
        probability("network.bridgeShare", spec.bridgeShare());
        if (!(spec.clusterSize() >= 1) || !(spec.neighbourhoodSize() >= 1)) {
            throw new IllegalArgumentException("network.clusterSize and neighbourhoodSize must be >= 1");
        }
    }

    private static void probability(String path, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(path + " must be in [0,1], got " + p);
        }
    }

    private static Path file(Network spec, Path baseDir) {
        if (spec.file() == null || spec.file().isBlank()) {
            throw new IllegalArgumentException("network.file is required when network.type is edge-list");
        }
        Path p = Path.of(spec.file());
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p);
    }

    /** All pairs; refuses populations whose pairs would not fit in int slots. */
    static SocialGraph complete(int n, double strongShare, MersenneTwisterFast rng) {
        long pairs = (long) n * (n - 1) / 2;
        if (2 * pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("complete network on " + n + " consumers is too large");
        }
        EdgeBuffer out = new EdgeBuffer(pairs, strongShare, rng);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                out.add(a, b);
            }
        }
        return out.toGraph(n);
    }
}
