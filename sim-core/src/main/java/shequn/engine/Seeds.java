package shequn.engine;

/**
 * Seed derivation with a SplitMix64 mixer, so that nearby master seeds and replication indices
 * give unrelated streams (never {@code seed + i}, which correlates Mersenne Twister states).
 */
public final class Seeds {
    /** Sub-streams of one replication: the world is drawn apart from behaviour, so strategies share it. */
    public static final long WORLD = 0x57_4F_52_4CL;
    public static final long NEEDS = 0x4E_45_45_44L;
    public static final long BEHAVIOUR = 0x42_45_48_41L;

    private Seeds() {
    }

    /** Seed of replication {@code rep} of an experiment with master seed {@code master}. */
    public static long replication(long master, long rep) {
        return mix(master, rep + 1);
    }

    /** Seed of one sub-stream of a replication seed. */
    public static long stream(long seed, long stream) {
        return mix(seed, stream);
    }

    static long mix(long a, long b) {
        return splitMix(splitMix(a) ^ (b * 0x9E3779B97F4A7C15L));
    }

    static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
