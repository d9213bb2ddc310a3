package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The social network between consumers, on which word of mouth and referrals travel.
 *
 * @param type             how the graph is generated
 * @param meanDegree       mean number of social ties per consumer
 * @param rewire           small-world: share of ring ties rewired at random
 * @param homophily        share of ties that stay inside the consumer's own age band
 *                         (homophilous-blocks, the rewiring of small-world, and in clustered the
 *                         clusters' composition and the bridges)
 * @param strongShare      share of ties that are strong (family, close friends); the rest are weak.
 *                         Which ties are strong is {@code tie_strength}'s rule. Not used by clustered,
 *                         where the share is what the clusters produce (reported by {@code shequn network})
 * @param file             edge-list CSV (columns {@code a,b[,type]}, 0-based consumer indices,
 *                         type {@code strong|weak}), relative to the scenario file
 * @param clusterSize      clustered: mean households in a family/friend cluster (sizes uniform in
 *                         about ±50% of it)
 * @param clusterDensity   clustered: chance that two members of a cluster have a strong tie
 * @param neighbourhoodSize clustered: households per neighbourhood (consecutive clusters), where
 *                         most weak ties are made
 * @param bridgeShare      clustered: share of weak ties that are long-range bridges (to anyone in the
 *                         population, inside the age band with chance {@code homophily})
 * @param tieStrength      which ties of the generated graph are strong: {@code structure} — the
 *                         {@code strong_share} of ties whose two ends share the most friends (highest
 *                         neighbourhood overlap: Onnela et al. 2007), so strong ties sit inside tight circles
 *                         and weak ties bridge them — or {@code random}, each tie drawn on its own (the model
 *                         without structure, to measure what it does). Not used by clustered (structural by
 *                         construction) or an edge list whose file gives types
 */
public record Network(Type type, Double meanDegree, Double rewire, Double homophily, Double strongShare, String file,
                      Integer clusterSize, Double clusterDensity, Integer neighbourhoodSize, Double bridgeShare,
                      TieStrength tieStrength) {

    public Network {
        type = type == null ? Type.SMALL_WORLD : type;
        meanDegree = meanDegree == null ? 10.0 : meanDegree;
        rewire = rewire == null ? 0.1 : rewire;
        homophily = homophily == null ? 0.7 : homophily;
        strongShare = strongShare == null ? 0.2 : strongShare;
        clusterSize = clusterSize == null ? 4 : clusterSize;
        clusterDensity = clusterDensity == null ? 0.8 : clusterDensity;
        neighbourhoodSize = neighbourhoodSize == null ? 100 : neighbourhoodSize;
        bridgeShare = bridgeShare == null ? 0.2 : bridgeShare;
        tieStrength = tieStrength == null ? TieStrength.STRUCTURE : tieStrength;
    }

    /** The network of the generators that have no cluster parameters (clustered's take their defaults). */
    public Network(Type type, Double meanDegree, Double rewire, Double homophily, Double strongShare, String file) {
        this(type, meanDegree, rewire, homophily, strongShare, file, null, null, null, null, null);
    }

    /** The same network with {@code file} in place of its own. */
    public Network withFile(String file) {
        return new Network(type, meanDegree, rewire, homophily, strongShare, file, clusterSize, clusterDensity,
                neighbourhoodSize, bridgeShare, tieStrength);
    }

    public enum TieStrength {
        @JsonProperty("structure") STRUCTURE,
        @JsonProperty("random") RANDOM
    }

    public enum Type {
        @JsonProperty("small-world") SMALL_WORLD,
        @JsonProperty("scale-free") SCALE_FREE,
        @JsonProperty("homophilous-blocks") HOMOPHILOUS_BLOCKS,
        @JsonProperty("complete") COMPLETE,
        @JsonProperty("edge-list") EDGE_LIST,
        @JsonProperty("none") NONE,
        @JsonProperty("clustered") CLUSTERED
    }
}
