package shequn.metrics;

/**
 * The columns of {@code daily.csv}, in order. Definitions are in the README ("KPIs"); the retail
 * identity {@code gmv = traffic × conversion × basket} holds on every row by construction.
 */
public enum Kpi {
    DAY("day"),
    TRAFFIC("traffic"),
    TRAFFIC_OFFLINE("traffic_offline"),
    TRAFFIC_ONLINE("traffic_online"),
    PURCHASES("purchases"),
    CONVERSION("conversion"),
    BASKET("basket"),
    GMV("gmv"),
    REPEAT_RATE("repeat_rate"),
    LADDER_NONE("ladder_none"),
    LADDER_AWARE("ladder_aware"),
    LADDER_WEAK("ladder_weak"),
    LADDER_STRONG("ladder_strong"),
    ADVOCATES("advocates"),
    MEMBERS("members"),
    ACTIVE_MEMBERS("active_members"),
    LURKING_MEMBERS("lurking_members"),
    MUTED_MEMBERS("muted_members"),
    GROUPS_ALIVE("groups_alive"),
    GROUP_VITALITY("group_vitality"),
    JOINS("joins"),
    EXITS("exits"),
    WEEKLY_ACTIVES("weekly_actives"),
    MONTHLY_ACTIVES("monthly_actives"),
    CHURNED("churned"),
    SHARERS("sharers"),
    WOM_REACH("wom_reach"),
    NEWLY_AWARE("newly_aware"),
    REFERRED_PURCHASES("referred_purchases"),
    REFERRED_NEW_BUYERS("referred_new_buyers"),
    KOL_REACH("kol_reach"),
    EVENT_ATTENDEES("event_attendees"),
    COUPONS_REDEEMED("coupons_redeemed"),
    RED_PACKET_GRABS("red_packet_grabs"),
    COST("cost"),
    GROSS_MARGIN("gross_margin"),
    PROFIT("profit");

    private final String column;

    Kpi(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Whether the column holds a ratio (written with decimals) rather than a count or money. */
    public boolean ratio() {
        return this == CONVERSION || this == REPEAT_RATE || this == GROUP_VITALITY;
    }
}
