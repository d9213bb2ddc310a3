package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The social network between consumers, on which word of mouth and referrals travel.
 *
 * @param type        how the graph is generated
 * @param meanDegree  mean number of social ties per consumer
 * @param rewire      small-world: share of ring ties rewired at random
 * @param homophily   share of ties that stay inside the consumer's own age band
 *                    (homophilous-blocks, and the rewiring of small-world)
 * @param strongShare share of ties that are strong (family, close friends); the rest are weak
 * @param file        edge-list CSV (columns {@code a,b[,type]}, 0-based consumer indices,
 *                    type {@code strong|weak}), relative to the scenario file
 */
public record Network(Type type, Double meanDegree, Double rewire, Double homophily, Double strongShare, String file) {

    public Network {
        type = type == null ? Type.SMALL_WORLD : type;
        meanDegree = meanDegree == null ? 10.0 : meanDegree;
        rewire = rewire == null ? 0.1 : rewire;
        homophily = homophily == null ? 0.7 : homophily;
        strongShare = strongShare == null ? 0.2 : strongShare;
    }

    public enum Type {
        @JsonProperty("small-world") SMALL_WORLD,
        @JsonProperty("scale-free") SCALE_FREE,
        @JsonProperty("homophilous-blocks") HOMOPHILOUS_BLOCKS,
        @JsonProperty("complete") COMPLETE,
        @JsonProperty("edge-list") EDGE_LIST,
        @JsonProperty("none") NONE
    }
}
