package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A key opinion leader the stores work with.
 *
 * @param id                 name used by campaigns
 * @param kind               in-house expert, local figure or online influencer
 * @param store              store whose catchment the followers come from (default: the first)
 * @param followers          consumers who follow the KOL (seed 001: about 1 in 1000 reached per seed user)
 * @param credibility        how far followers trust what the KOL says, in [0,1]
 * @param interest           what the KOL talks about; followers are drawn mostly among consumers who share it
 * @param costPerPost        yuan per post
 * @param costPerLivestream  yuan per livestream
 * @param offInterestFit     response of a follower whose interests miss the KOL's topic, relative to one who shares it
 */
public record Kol(String id, Kind kind, String store, Integer followers, Double credibility, Interest interest,
                  Double costPerPost, Double costPerLivestream, Double offInterestFit) {

    public Kol {
        kind = kind == null ? Kind.LOCAL : kind;
        followers = followers == null ? 1000 : followers;
        credibility = credibility == null ? 0.6 : credibility;
        interest = interest == null ? Interest.FOOD : interest;
        costPerPost = costPerPost == null ? (kind == Kind.ONLINE ? 2000.0 : 200.0) : costPerPost;
        costPerLivestream = costPerLivestream == null ? (kind == Kind.ONLINE ? 20000.0 : 1500.0) : costPerLivestream;
        offInterestFit = offInterestFit == null ? 0.3 : offInterestFit;
    }

    public enum Kind {
        @JsonProperty("in_house") IN_HOUSE,
        @JsonProperty("local") LOCAL,
        @JsonProperty("online") ONLINE
    }
}
