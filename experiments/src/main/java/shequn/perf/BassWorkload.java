package shequn.perf;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import shequn.engine.Simulation;
import shequn.engine.WorldTooLargeException;
import shequn.network.NetworkInputException;
import shequn.network.SocialGraph;
import shequn.scenario.Scenario;
import shequn.scenario.ScenarioException;
import shequn.scenario.ScenarioLoader;

/**
 * The word-of-mouth benchmark: the Bass model on a small-world network (Watts–Strogatz, the
 * engine's generator). Each day every consumer aware at the start of the day tells each of their
 * ties with chance {@code w}, and every consumer still unaware hears from outside with chance
 * {@code p}; so an unaware consumer with k aware ties stays unaware with chance (1−w)^k (1−p).
 * Nobody is aware on day 0.
 *
 * <p>The engine runs this rule when only word of mouth is switched on: {@code talk_rate: 1}
 * (everyone aware talks), {@code discovery: p}, {@code wom_weak: w} with every tie weak, and
 * nothing else that makes people aware or talk (no loyalty, so no need-driven visits; no referral
 * visits, no sharing after purchases, no groups, KOLs or campaigns). Adoption is then everyone not
 * on the NONE rung. {@link MasonBass} and {@link BareBass} implement the same rule on the same graph.
 *
 * @param consumers  nodes
 * @param meanDegree mean ties per consumer
 * @param rewire     small-world rewiring share
 * @param p          innovation: daily chance of hearing from outside
 * @param w          imitation per tie: daily chance an aware consumer tells one tie
 * @param days       days simulated
 */
public record BassWorkload(int consumers, double meanDegree, double rewire, double p, double w, int days) {

    /**
     * The performance issue's diffusion workload: 100,000 consumers, 10 ties each, p = 0.003, w = 0.03
     * (q ≈ 0.3), 100 days — {@code scenarios/validation/bass.yaml} on a small world.
     */
    public static BassWorkload standard() {
        return new BassWorkload(100_000, 10, 0.1, 0.003, 0.03, 100);
    }

    public long agentDays() {
        return (long) consumers * days;
    }

    /** The engine's scenario for this rule. */
    public Scenario scenario() {
        String yaml = String.format(Locale.ROOT, """
                name: bass-on-network
                days: %d
                population:
                  consumers: %d
                  turnover: 0             # no households move: the Bass model has a fixed population
                  loyalty: 0
                  aware: 0
                  share_propensity: 0
                network:
                  type: small-world
                  mean_degree: %s
                  rewire: %s
                  strong_share: 0
                stores:
                  - id: main
                behaviour:
                  talk_rate: 1
                  discovery: %s
                  wom_weak: %s
                  exposure_visit: 0
                  share_on_hearing: 0
                """, days, consumers, meanDegree, rewire, p, w);
        try {
            return ScenarioLoader.parse(yaml, "bass-on-network", Path.of("."), List.of());
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The engine's world for {@code seed}, built and started at day 0: its graph is what all three run on. */
    public Simulation simulation(long seed) {
        try {
            return Simulation.start(scenario(), seed, Path.of("."));
        } catch (NetworkInputException | WorldTooLargeException e) {
            throw new IllegalStateException(e.getMessage(), e); // generated networks read no file
        }
    }

    /** The engine's social graph for {@code seed}. */
    public SocialGraph graph(long seed) {
        return simulation(seed).world().ties;
    }
}
