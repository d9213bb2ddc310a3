package shequn.perf;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;
import shequn.network.SocialGraph;

/**
 * Reference (a): the Bass-on-network rule written the textbook MASON way — one {@link Steppable}
 * object per consumer, each scheduled every step (MASON shuffles agents of equal ordering), ties as
 * {@link Edge} objects in a {@link Network} (a hash map from node to a bag of edges), draws from
 * the model's {@code random}. Updates are synchronous as in the rule: agents read who was aware at
 * the start of the day and mark the newly aware, and a second Steppable, ordered after them,
 * commits the marks and counts adopters.
 */
public final class MasonBass extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient SocialGraph graph;
    private final double p;
    private final double w;
    private final Network network = new Network(false);
    private Agent[] agents;
    private long awareCount;

    /** One consumer. */
    final class Agent implements Steppable {
        private static final long serialVersionUID = 1L;
        boolean aware;
        boolean heard;

        @Override
        public void step(SimState state) {
            MersenneTwisterFast rng = state.random;
            if (aware) {
                Bag edges = network.getEdgesOut(this);
                for (int k = 0; k < edges.numObjs; k++) {
                    Edge e = (Edge) edges.objs[k];
                    if (rng.nextDouble() < w) {
                        ((Agent) e.getOtherNode(this)).heard = true;
                    }
                }
            } else if (rng.nextDouble() < p) {
                heard = true;
            }
        }
    }

    public MasonBass(SocialGraph graph, double p, double w, long seed) {
        super(seed);
        this.graph = graph;
        this.p = p;
        this.w = w;
    }

    @Override
    public void start() {
        super.start();
        int n = graph.size();
        agents = new Agent[n];
        for (int i = 0; i < n; i++) {
            agents[i] = new Agent();
            network.addNode(agents[i]);
            schedule.scheduleRepeating(agents[i], 0, 1.0);
        }
        for (int i = 0; i < n; i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (i < j) {
                    network.addEdge(agents[i], agents[j], null);
                }
            }
        }
        schedule.scheduleRepeating(state -> {
            long count = 0;
            for (Agent a : agents) {
                if (a.heard) {
                    a.aware = true;
                }
                count += a.aware ? 1 : 0;
            }
            awareCount = count;
        }, 1, 1.0);
    }

    /** Builds the model on {@code graph} (not timed), then steps it {@code days} times (timed). */
    public static Curve run(SocialGraph graph, double p, double w, int days, long seed) {
        MasonBass model = new MasonBass(graph, p, w, seed);
        model.start();
        long wall0 = Clock.wall();
        long cpu0 = Clock.cpu();
        long[] curve = new long[days];
        for (int d = 0; d < days; d++) {
            model.schedule.step(model);
            curve[d] = model.awareCount;
        }
        Curve c = new Curve(curve, Clock.wall() - wall0, Clock.cpu() - cpu0);
        model.finish();
        return c;
    }
}
