package shequn.groups;

/**
 * How a member takes part, read off their engagement: active members read and talk, lurkers read
 * now and then, muted members see nothing. Leavers are removed from the group (counted as gone).
 */
public final class MemberStatus {
    public static final float ACTIVE_AT = 0.5f;
    public static final float LURKING_AT = 0.2f;

    private MemberStatus() {
    }

    public static boolean active(float engagement) {
        return engagement >= ACTIVE_AT;
    }

    public static boolean lurking(float engagement) {
        return engagement >= LURKING_AT && engagement < ACTIVE_AT;
    }

    public static boolean muted(float engagement) {
        return engagement < LURKING_AT;
    }

    /** Chance a member sees today's posts. */
    public static double readChance(float engagement) {
        return active(engagement) ? 1.0 : lurking(engagement) ? 0.3 : 0.0;
    }
}
