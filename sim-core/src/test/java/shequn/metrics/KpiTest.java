package shequn.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The KPI declarations are consistent with what reads them. */
class KpiTest {
    @Test
    void columnsAreUniqueAndFoundByName() {
        Set<String> seen = new HashSet<>();
        for (Kpi k : Kpi.values()) {
            assertTrue(seen.add(k.column()), k.column());
            assertSame(k, Kpi.of(k.column()));
        }
        assertNull(Kpi.of("no_such_kpi"));
    }

    @Test
    void ratiosAndRatesAreAveragedOverAWeekAndMoneyIsAFlow() {
        for (Kpi k : Kpi.values()) {
            if (k.unit() == Kpi.Unit.RATIO || k.unit() == Kpi.Unit.RATE) {
                assertEquals(Kpi.Week.MEAN, k.week(), k.column());
            }
            if (k.unit() == Kpi.Unit.MONEY) {
                assertEquals(Kpi.Week.SUM, k.week(), k.column());
            }
        }
        assertEquals(List.of("traffic", "purchases", "gmv", "cost", "profit"), Kpi.SUMMARISED.stream()
                .filter(k -> k.week() == Kpi.Week.SUM).map(Kpi::column).toList());
    }

    @Test
    void everyDailyColumnButTheDayIsACalibrationTarget() {
        List<Kpi> targets = Arrays.stream(Kpi.values()).filter(Kpi::calibrationTarget).toList();
        assertEquals(Kpi.values().length - 1, targets.size());
        assertTrue(targets.containsAll(Kpi.SUMMARISED) && targets.contains(Kpi.LADDER_WEAK) && targets.contains(Kpi.AWARE));
        assertFalse(targets.contains(Kpi.DAY));
    }

    @Test
    void unitsAndDifferencesOfDailyColumnsAndHeadlineTotals() {
        assertEquals(List.of("conversion", "repeat_rate", "group_vitality"),
                Arrays.stream(Kpi.values()).filter(Kpi::ratio).map(Kpi::column).toList());
        assertEquals(Kpi.Unit.RATIO, Kpi.unitOf("traffic_change"));
        assertEquals(Kpi.Unit.RATE, Kpi.unitOf("margin_per_yuan_spent"));
        assertEquals(Kpi.Unit.RATE, Kpi.unitOf("basket"));
        assertEquals(Kpi.Unit.COUNT, Kpi.unitOf("cascades"));
        assertEquals(Kpi.Difference.RELATIVE, Kpi.differenceOf("gmv"));
        assertEquals(Kpi.Difference.POINTS, Kpi.differenceOf("repeat_rate"));
        assertEquals(Kpi.Difference.ABSOLUTE, Kpi.differenceOf("profit"));
        assertEquals(Kpi.Difference.RELATIVE, Kpi.differenceOf("margin_per_yuan_spent"));
        assertEquals(List.of("gmv", "traffic", "conversion", "basket", "repeat_rate"), Kpi.columns(Kpi.HEADLINE));
    }

    @Test
    void dailyCsvWritesEachUnitItsWay() {
        assertEquals("12", DailyKpis.format(Kpi.TRAFFIC, 12.0));
        assertEquals("0.50000000", DailyKpis.format(Kpi.CONVERSION, 0.5));
        assertEquals("93.2500", DailyKpis.format(Kpi.BASKET, 93.25));
        assertEquals("1000.1250", DailyKpis.format(Kpi.GMV, 1000.125));
    }
}
