package shequn.scenario;

/** A path that does not lead anywhere in the scenario (see {@link ScenarioTree}). */
public final class TreePathException extends IllegalArgumentException {

    private final String path;
    private final String problem;

    public TreePathException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** The part of the path at fault. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
