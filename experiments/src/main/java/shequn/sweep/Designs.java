package shequn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/** Where a sweep puts its points: a full grid, a Latin hypercube, or a Sobol sequence in the unit cube. */
public final class Designs {
    private Designs() {
    }

    /** Every combination of the parameters' grid values, the last parameter varying fastest. */
    public static List<List<JsonNode>> grid(List<Parameter> parameters) {
        List<List<JsonNode>> out = new ArrayList<>();
        out.add(List.of());
        for (Parameter p : parameters) {
            List<List<JsonNode>> next = new ArrayList<>();
            for (List<JsonNode> prefix : out) {
                for (JsonNode v : p.gridValues()) {
                    List<JsonNode> row = new ArrayList<>(prefix);
                    row.add(v);
                    next.add(row);
                }
            }
            out = next;
        }
        return out;
    }

    /** {@code n} points of a Latin hypercube in [0,1)^k: each dimension's n strata hold one point each. */
    public static List<double[]> lhs(int n, int k, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[][] u = new double[n][k];
        for (int d = 0; d < k; d++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][d] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return List.of(u);
    }

    /** The first {@code n} points of the Sobol sequence in [0,1)^k after its origin (which sits on every lower bound). */
    public static List<double[]> sobol(int n, int k) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(k);
        g.nextVector(); // the origin
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.nextVector());
        }
        return out;
    }

    /** Unit-cube points mapped to parameter values. */
    public static List<List<JsonNode>> values(List<Parameter> parameters, List<double[]> units) {
        List<List<JsonNode>> out = new ArrayList<>();
        for (double[] u : units) {
            List<JsonNode> row = new ArrayList<>();
            for (int d = 0; d < parameters.size(); d++) {
                row.add(parameters.get(d).at(u[d]));
            }
            out.add(row);
        }
        return out;
    }
}
