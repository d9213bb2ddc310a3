package shequn.metrics;

import java.util.List;
import java.util.Map;

/**
 * The KPIs, declared once: each is a column of {@code daily.csv} (in this order) with its unit,
 * how its days add up to a week, and how a strategy's difference to a baseline is read. The
 * recorder, the CSV writers, {@code compare}, {@code calibrate} and every chart read these
 * declarations instead of keeping lists of their own. Definitions are in the README ("KPIs"); the
 * retail identity {@code gmv = traffic × conversion × basket} holds on every row by construction.
 *
 * <p>Across replications every KPI aggregates the same way: the mean, with a Student-t interval
 * ({@code shequn.montecarlo.Stats}).
 */
public enum Kpi {
    DAY("day", Unit.COUNT, Week.MEAN),
    TRAFFIC("traffic", Unit.COUNT, Week.SUM),
    TRAFFIC_OFFLINE("traffic_offline", Unit.COUNT, Week.SUM),
    TRAFFIC_ONLINE("traffic_online", Unit.COUNT, Week.SUM),
    PURCHASES("purchases", Unit.COUNT, Week.SUM),
    CONVERSION("conversion", Unit.RATIO, Week.MEAN),
    BASKET("basket", Unit.RATE, Week.MEAN),
    GMV("gmv", Unit.MONEY, Week.SUM, Difference.RELATIVE),
    REPEAT_RATE("repeat_rate", Unit.RATIO, Week.MEAN),
    LADDER_NONE("ladder_none", Unit.COUNT, Week.MEAN),
    LADDER_AWARE("ladder_aware", Unit.COUNT, Week.MEAN),
    LADDER_WEAK("ladder_weak", Unit.COUNT, Week.MEAN),
    LADDER_STRONG("ladder_strong", Unit.COUNT, Week.MEAN),
    ADVOCATES("advocates", Unit.COUNT, Week.MEAN),
    MEMBERS("members", Unit.COUNT, Week.MEAN),
    ACTIVE_MEMBERS("active_members", Unit.COUNT, Week.MEAN),
    LURKING_MEMBERS("lurking_members", Unit.COUNT, Week.MEAN),
    MUTED_MEMBERS("muted_members", Unit.COUNT, Week.MEAN),
    GROUPS_ALIVE("groups_alive", Unit.COUNT, Week.MEAN),
    GROUP_VITALITY("group_vitality", Unit.RATIO, Week.MEAN),
    JOINS("joins", Unit.COUNT, Week.SUM),
    EXITS("exits", Unit.COUNT, Week.SUM),
    WEEKLY_ACTIVES("weekly_actives", Unit.COUNT, Week.MEAN),
    MONTHLY_ACTIVES("monthly_actives", Unit.COUNT, Week.MEAN),
    CHURNED("churned", Unit.COUNT, Week.MEAN),
    SHARERS("sharers", Unit.COUNT, Week.SUM),
    WOM_REACH("wom_reach", Unit.COUNT, Week.SUM),
    NEWLY_AWARE("newly_aware", Unit.COUNT, Week.SUM),
    REFERRED_PURCHASES("referred_purchases", Unit.COUNT, Week.SUM),
    REFERRED_NEW_BUYERS("referred_new_buyers", Unit.COUNT, Week.SUM),
    KOL_REACH("kol_reach", Unit.COUNT, Week.SUM),
    EVENT_ATTENDEES("event_attendees", Unit.COUNT, Week.SUM),
    COUPONS_REDEEMED("coupons_redeemed", Unit.COUNT, Week.SUM),
    RED_PACKET_GRABS("red_packet_grabs", Unit.COUNT, Week.SUM),
    COST("cost", Unit.MONEY, Week.SUM),
    GROSS_MARGIN("gross_margin", Unit.MONEY, Week.SUM),
    PROFIT("profit", Unit.MONEY, Week.SUM),
    /** Last, so that the columns before it keep their places in every table. */
    AWARE("aware", Unit.COUNT, Week.MEAN),
    /** The part of {@code cost} no campaign budget pays: managers' time, deliveries (added after aware, for the same reason). */
    OPERATING_COST("operating_cost", Unit.MONEY, Week.SUM);

    /** What a KPI's number is. */
    public enum Unit {
        /** People or events: whole numbers. */
        COUNT,
        /** Yuan. */
        MONEY,
        /** A share between 0 and 1 (conversion, repeat rate): shown as a percentage. */
        RATIO,
        /** Any other quotient (basket: yuan per purchase; k-factor): shown with decimals. */
        RATE;

        /** How a strategy's difference to the baseline is read, unless a KPI says otherwise. */
        Difference difference() {
            return switch (this) {
                case RATIO -> Difference.POINTS;
                case MONEY -> Difference.ABSOLUTE;
                case COUNT, RATE -> Difference.RELATIVE;
            };
        }
    }

    /** How a KPI's days add up to a week (calibration's weekly series). */
    public enum Week {
        /** A flow: the week's total (traffic, GMV). */
        SUM,
        /** A state or a ratio: the mean of the week's days (members, conversion). */
        MEAN
    }

    /** How a strategy's difference to the baseline is read. */
    public enum Difference {
        /** In percent of the baseline's mean (GMV, traffic, basket). */
        RELATIVE,
        /** In percentage points (ratios). */
        POINTS,
        /** In the KPI's own unit (yuan of profit, whose baseline can be near zero). */
        ABSOLUTE
    }

    /** The headline KPIs of charts, tables and the verdict, in the order they are shown. */
    public static final List<Kpi> HEADLINE = List.of(GMV, TRAFFIC, CONVERSION, BASKET, REPEAT_RATE);

    /** What a strategy's difference to the baseline is shown for: the headline KPIs, then the money it makes or spends. */
    public static final List<Kpi> COMPARED = List.of(GMV, TRAFFIC, CONVERSION, BASKET, REPEAT_RATE, GROSS_MARGIN, COST,
            PROFIT);

    /**
     * The KPIs kept day by day for every replication ({@code daily_runs.csv}, {@code daily_summary.csv}),
     * in column order.
     */
    public static final List<Kpi> SUMMARISED = List.of(TRAFFIC, PURCHASES, CONVERSION, BASKET, GMV, REPEAT_RATE,
            LADDER_STRONG, MEMBERS, COST, PROFIT, AWARE);

    /** What sweeps and sensitivity analyses report unless told otherwise: sales, loyalty and money. */
    public static final List<Kpi> OBJECTIVES = List.of(GMV, REPEAT_RATE, PROFIT);

    /**
     * Units of the headline totals that are not daily columns ({@code shequn.engine.Totals} and the
     * experiments' {@code margin_per_yuan_spent}); any other name is a count.
     */
    private static final Map<String, Unit> TOTALS_ONLY = Map.of(
            "traffic_change", Unit.RATIO,
            "top2pct_sku_share", Unit.RATIO,
            "top20pct_sku_share", Unit.RATIO,
            "traffic_per_day_start", Unit.RATE,
            "traffic_per_day_end", Unit.RATE,
            "roi", Unit.RATE,
            "margin_per_yuan_spent", Unit.RATE,
            "k_factor", Unit.RATE,
            "cascade_mean", Unit.RATE);

    private final String column;
    private final Unit unit;
    private final Week week;
    private final Difference difference;

    Kpi(String column, Unit unit, Week week) {
        this(column, unit, week, unit.difference());
    }

    Kpi(String column, Unit unit, Week week, Difference difference) {
        this.column = column;
        this.unit = unit;
        this.week = week;
        this.difference = difference;
    }

    public String column() {
        return column;
    }

    public Unit unit() {
        return unit;
    }

    public Week week() {
        return week;
    }

    public Difference difference() {
        return difference;
    }

    /** Whether the column holds a ratio (written with decimals) rather than a count or money. */
    public boolean ratio() {
        return unit == Unit.RATIO;
    }

    /** Whether a calibration can match this KPI's series: every column of daily.csv but the day itself. */
    public boolean calibrationTarget() {
        return this != DAY;
    }

    /** The KPI whose column is {@code column}, or null. */
    public static Kpi of(String column) {
        for (Kpi k : values()) {
            if (k.column.equals(column)) {
                return k;
            }
        }
        return null;
    }

    /** The unit of a daily column or a headline total, by name (counts for names not declared). */
    public static Unit unitOf(String name) {
        Kpi k = of(name);
        return k != null ? k.unit : TOTALS_ONLY.getOrDefault(name, Unit.COUNT);
    }

    /** How a difference in the daily column or headline total {@code name} is read. */
    public static Difference differenceOf(String name) {
        Kpi k = of(name);
        return k != null ? k.difference : unitOf(name).difference();
    }

    /** The columns of {@code kpis}. */
    public static List<String> columns(List<Kpi> kpis) {
        return kpis.stream().map(Kpi::column).toList();
    }
}
