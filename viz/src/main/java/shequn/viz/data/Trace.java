package shequn.viz.data;

/**
 * An optimisation's search, from trace.csv: each evaluated plan's objective (mean over the search
 * replications) and the best so far; {@code objective} names what was maximised (gmv, profit,
 * repeat_rate, fans) and {@code base} is the base plan's objective on the same replications (NaN if unknown).
 */
public record Trace(String objective, double[] evaluation, double[] value, double[] bestSoFar, double base) {
}
