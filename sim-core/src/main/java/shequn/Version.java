package shequn;

/** The engine's version, written into every summary so results can be traced to code. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
