package shequn.engine;

import java.util.Locale;

/**
 * A world that will not fit in the heap this JVM can still give, found before anything was built
 * (see {@link MemoryEstimate}). The message is one line, worded for the user: the path it concerns,
 * what it needs, what there is, and how to give more ({@code -Xmx} through the launcher's
 * {@code JAVA_OPTS}). Callers that know the scenario file prefix it.
 */
public final class WorldTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long neededBytes;
    private final long availableBytes;
    private final int suggestedXmxGb;

    public WorldTooLargeException(long consumers, long neededBytes, long availableBytes, int suggestedXmxGb) {
        super(String.format(Locale.ROOT,
                "population.consumers: a world of %,d consumers needs about %s; this JVM can use %s"
                        + " — run with JAVA_OPTS=-Xmx%dg ./shequn …",
                consumers, MemoryEstimate.gb(neededBytes), MemoryEstimate.gb(availableBytes), suggestedXmxGb));
        this.neededBytes = neededBytes;
        this.availableBytes = availableBytes;
        this.suggestedXmxGb = suggestedXmxGb;
    }

    public long neededBytes() {
        return neededBytes;
    }

    public long availableBytes() {
        return availableBytes;
    }

    public int suggestedXmxGb() {
        return suggestedXmxGb;
    }
}
