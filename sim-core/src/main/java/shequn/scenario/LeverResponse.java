package shequn.scenario;

/**
 * A lever's section of {@code levers:}: the coefficients of how people respond to it, a record
 * declared in the lever's own file ({@code RedPacket.Response}) whose compact constructor fills in
 * the defaults.
 */
public interface LeverResponse {

    /** Adds what is out of range to {@code c}; {@code at} is the section's path with a dot ({@code levers.red_packet.}). */
    void check(Checks c, String at);
}
