package shequn.scenario;

/** Age-band shares of the population; they must sum to 1. */
public record Segments(Double young, Double middle, Double senior) {
    public static final String[] NAMES = {"young", "middle", "senior"};

    public Segments {
        young = young == null ? 0.35 : young;
        middle = middle == null ? 0.40 : middle;
        senior = senior == null ? 0.25 : senior;
    }

    public double[] shares() {
        return new double[] {young, middle, senior};
    }
}
