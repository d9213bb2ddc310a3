package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer group (WeChat-style) run by a store. Members join through the group-building
 * campaigns (QR code, staff invitation, referral) and may start with some.
 *
 * @param id              name used by campaigns
 * @param store           store that runs the group (default: the first)
 * @param theme           what the group talks about
 * @param segment         age band it is for ({@code any} = mixed)
 * @param tier            spending tier it is for ({@code any} = mixed)
 * @param maxSize         member cap (seed 001: about 200 works best; the platform limit is 500)
 * @param manager         whether someone runs the group
 * @param managerSkill    how well they run it, in [0,1]: value of posts, removal of junk
 * @param postsPerDay     posts the manager makes per day
 * @param junkShare       share of members' messages that are junk (ads, off-topic) before moderation
 * @param vip             a VIP group: pruning moves valuable members here
 * @param initialMembers  members at day 0, drawn from the target segment and tier among the store's customers
 * @param managerCost     yuan per day the manager's time costs while the group has members (hours × wage)
 */
public record Group(String id, String store, Interest theme, SegmentTarget segment, TierTarget tier,
                    Integer maxSize, Boolean manager, Double managerSkill, Double postsPerDay, Double junkShare,
                    Boolean vip, Integer initialMembers, Double managerCost) {

    public static final int PLATFORM_LIMIT = 500;

    public Group {
        theme = theme == null ? Interest.DEALS : theme;
        segment = segment == null ? SegmentTarget.ANY : segment;
        tier = tier == null ? TierTarget.ANY : tier;
        maxSize = maxSize == null ? 200 : maxSize;
        manager = manager == null ? Boolean.TRUE : manager;
        managerSkill = managerSkill == null ? 0.6 : managerSkill;
        postsPerDay = postsPerDay == null ? 2.0 : postsPerDay;
        junkShare = junkShare == null ? 0.15 : junkShare;
        vip = vip == null ? Boolean.FALSE : vip;
        initialMembers = initialMembers == null ? 0 : initialMembers;
        managerCost = managerCost == null ? 40.0 : managerCost;
    }

    public enum SegmentTarget {
        @JsonProperty("any") ANY,
        @JsonProperty("young") YOUNG,
        @JsonProperty("middle") MIDDLE,
        @JsonProperty("senior") SENIOR,
        @JsonProperty("parent") PARENT
    }

    public enum TierTarget {
        @JsonProperty("any") ANY,
        @JsonProperty("low") LOW,
        @JsonProperty("mid") MID,
        @JsonProperty("high") HIGH
    }
}
