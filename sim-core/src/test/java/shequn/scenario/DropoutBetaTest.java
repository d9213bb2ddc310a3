package shequn.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shequn.engine.Simulation;

/** Dropout heterogeneity as a full Beta(a, b), with the mean-only field as its shorthand. */
class DropoutBetaTest {

    @Test
    void theMeanIsAShorthandForBetaFourM() throws Exception {
        Population p = ScenarioLoader.parse("population: {dropout: 0.3}\n", "t.yaml", null, List.of()).population();
        assertEquals(1.2, p.dropoutA(), 1e-12);
        assertEquals(2.8, p.dropoutB(), 1e-12);
        assertTrue(p.hasDropout());
    }

    @Test
    void bothParametersFree() throws Exception {
        Scenario s = ScenarioLoader.parse("days: 2\npopulation: {consumers: 20000, dropout_beta: {a: 1.5, b: 6.0}}\n",
                "t.yaml", null, List.of());
        assertEquals(1.5, s.population().dropoutA());
        assertEquals(6.0, s.population().dropoutB());
        double[] mean = new double[1];
        Simulation.run(s, 4, java.nio.file.Path.of("."), shequn.engine.DayListener.NONE, sim -> {
            float[] d = sim.world().people.dropout;
            double total = 0;
            for (float x : d) {
                total += x;
            }
            mean[0] = total / d.length;
            return null;
        });
        // Beta(1.5, 6) has mean 0.2 and sd 0.14: over 20,000 people the mean is within 0.003
        assertEquals(0.2, mean[0], 0.003);
    }

    @Test
    void eitherTheMeanOrTheBetaNotBoth() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "population: {dropout: 0.3, dropout_beta: {a: 1, b: 2}}\n", "t.yaml", null, List.of()));
        assertTrue(e.getMessage().contains("population.dropout: give either"), e.getMessage());
        ScenarioException half = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "population: {dropout_beta: {a: 1}}\n", "t.yaml", null, List.of()));
        assertTrue(half.getMessage().contains("give both a and b"), half.getMessage());
    }
}
