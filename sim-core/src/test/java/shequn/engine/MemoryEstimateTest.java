package shequn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shequn.kols.KolState;
import shequn.population.Consumers;
import shequn.scenario.Scenario;
import shequn.world.GroupState;
import shequn.world.World;

class MemoryEstimateTest {

    /** The estimate made from the scenario alone is within 25% of the arrays the built world holds. */
    @ParameterizedTest
    @CsvSource({
        "store-plus-community.yaml, 50000, small-world, 10",
        "store-plus-community.yaml, 20000, small-world, 20",
        "baseline-no-community.yaml, 30000, scale-free, 6",
        "store-plus-community.yaml, 20000, homophilous-blocks, 12",
        "baseline-no-community.yaml, 500, complete, 10",
    })
    void estimateMatchesTheArraysOfABuiltWorld(String file, int n, String type, int degree) throws Exception {
        Scenario s = Scenarios.load(file, "population.consumers=" + n, "network.type=" + type,
                "network.mean_degree=" + degree);
        MemoryEstimate estimate = MemoryEstimate.of(s);
        ShequnModel model = new ShequnModel(s, 11, Scenarios.LIBRARY);
        model.build();
        long actual = arrayBytes(model.world());
        double ratio = estimate.worldBytes() / (double) actual;
        assertTrue(ratio > 0.75 && ratio < 1.25,
                "estimate " + estimate.worldBytes() + " vs actual " + actual + " (ratio " + ratio + ")");
    }

    @Test
    void bytesPerConsumerCountsEveryArrayOfConsumers() throws Exception {
        Consumers c = new Consumers(1000);
        assertEquals(Consumers.bytesPerConsumer() * 1000, arraysOf(c), "Consumers.bytesPerConsumer() is out of date");
    }

    @Test
    void aWorldTooLargeIsRefusedBeforeAnythingIsBuilt() throws Exception {
        Scenario s = Scenarios.load("store-plus-community.yaml", "population.consumers=50000000", "network.mean_degree=20");
        MemoryEstimate estimate = MemoryEstimate.of(s);
        assertTrue(estimate.neededBytes() > Runtime.getRuntime().maxMemory(), "test assumes a heap below " + estimate.neededBytes());
        WorldTooLargeException e = assertThrows(WorldTooLargeException.class, () -> Simulation.run(s, 1));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("population.consumers: a world of 50,000,000 consumers needs about "), msg);
        assertTrue(msg.matches(".*needs about \\d+\\.\\d GB; this JVM can use \\d+\\.\\d GB — run with JAVA_OPTS=-Xmx\\d+g \\./shequn …"), msg);
        assertTrue(e.suggestedXmxGb() * (1L << 30) >= e.neededBytes(), "the -Xmx suggested covers the need");
        assertEquals(1, msg.lines().count());
    }

    @Test
    void tenMillionConsumersWithTwentyTiesNeedAFewGb() throws Exception {
        Scenario s = Scenarios.load("baseline-no-community.yaml", "population.consumers=10000000",
                "network.mean_degree=20", "days=30");
        MemoryEstimate e = MemoryEstimate.of(s);
        // state + 9 B need calendar/flags + 5 B census + 20 slots × 7 B + 4 B offset + 57 B extra slots
        assertEquals(Consumers.bytesPerConsumer() + 9 + 5 + 20 * 7 + 4 + 57, e.bytesPerConsumer(), 1.0);
        assertTrue(e.neededBytes() < 8L << 30 && e.neededBytes() > 3L << 30, "need " + e.neededBytes());
        assertTrue(e.suggestedXmxGb() <= 16);
    }

    /** Bytes of the primitive arrays the world holds (state, ties, calendar, groups, KOLs). */
    static long arrayBytes(World w) throws IllegalAccessException {
        long total = arraysOf(w.people) + arraysOf(w.ties) + arraysOf(w.needs) + w.triggeredOnline.length;
        for (GroupState g : w.groups) {
            total += arraysOf(g);
        }
        for (KolState k : w.kols) {
            total += arraysOf(k);
        }
        return total;
    }

    /** Sum of the element bytes of every primitive-array instance field of {@code o}. */
    static long arraysOf(Object o) throws IllegalAccessException {
        long total = 0;
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()
                    || !f.getType().getComponentType().isPrimitive()) {
                continue;
            }
            f.setAccessible(true);
            Object a = f.get(o);
            if (a == null) {
                continue;
            }
            int len = java.lang.reflect.Array.getLength(a);
            Class<?> t = f.getType().getComponentType();
            int size = t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                    : t == short.class || t == char.class ? 2 : 1;
            total += (long) len * size;
        }
        return total;
    }
}
