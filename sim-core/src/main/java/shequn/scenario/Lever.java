package shequn.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The strategy levers of seed 001 and the DESIGN brief. Each has a cost model (see
 * {@link Campaign#unitCost()} defaults) and acts on exposures, ties, visits or conversion.
 */
public enum Lever {
    /** Group building: a QR code in store; visitors scan it and join. */
    @JsonProperty("qr_code") QR_CODE(Kind.BUILD, 20, "yuan per day displayed"),
    /** Group building: staff invite visitors into a group. */
    @JsonProperty("staff_invite") STAFF_INVITE(Kind.BUILD, 2, "yuan per invitation"),
    /** Group building: members invite their friends (customer referral). */
    @JsonProperty("referral") REFERRAL(Kind.BUILD, 5, "yuan reward per friend who joins"),
    /** Activation: emotional posts (greetings, care, recognition). */
    @JsonProperty("emotion") EMOTION(Kind.ACTIVATE, 20, "yuan per group per firing"),
    /** Activation: new, unusual items pushed in the group (新奇特). */
    @JsonProperty("product") PRODUCT(Kind.ACTIVATE, 150, "yuan per group per firing"),
    /** Activation: posts and short videos. */
    @JsonProperty("content") CONTENT(Kind.ACTIVATE, 80, "yuan per group per firing"),
    /** Activation: a KOL posts to the group and to their followers. */
    @JsonProperty("kol_post") KOL_POST(Kind.ACTIVATE, -1, "the KOL's cost_per_post"),
    /** Activation: an event, in store (capacity-limited) or online. */
    @JsonProperty("event") EVENT(Kind.ACTIVATE, 25, "yuan per attendee"),
    /** Activation: a red packet sent into the group. */
    @JsonProperty("red_packet") RED_PACKET(Kind.ACTIVATE, 100, "yuan per packet (the amount)"),
    /** Activation: the mini-program, order online and pick up or deliver (O+O). */
    @JsonProperty("mini_program") MINI_PROGRAM(Kind.ACTIVATE, 40, "yuan per day live"),
    /** A discount coupon pushed to members; redeemed on purchase. */
    @JsonProperty("coupon") COUPON(Kind.SELL, -1, "the discount given on each redeemed purchase"),
    /** A KOL livestream: viewers shop online during it. */
    @JsonProperty("livestream") LIVESTREAM(Kind.SELL, -1, "the KOL's cost_per_livestream"),
    /** Share incentive (分享收益): sharers earn a commission on friends' purchases. */
    @JsonProperty("share_incentive") SHARE_INCENTIVE(Kind.SPREAD, -1, "commission x referred sales"),
    /** Periodic pruning: valuable members to the VIP group, freeloaders out. */
    @JsonProperty("vip_pruning") VIP_PRUNING(Kind.OPERATE, 50, "yuan per pruning");

    /** Which of seed 001's four steps a lever belongs to. */
    public enum Kind { BUILD, ACTIVATE, SELL, SPREAD, OPERATE }

    private final Kind kind;
    private final double defaultUnitCost;
    private final String costUnit;

    Lever(Kind kind, double defaultUnitCost, String costUnit) {
        this.kind = kind;
        this.defaultUnitCost = defaultUnitCost;
        this.costUnit = costUnit;
    }

    public Kind kind() {
        return kind;
    }

    /** Default unit cost in yuan; negative when the cost comes from elsewhere (KOL fee, discount, commission). */
    public double defaultUnitCost() {
        return defaultUnitCost;
    }

    public String costUnit() {
        return costUnit;
    }

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
