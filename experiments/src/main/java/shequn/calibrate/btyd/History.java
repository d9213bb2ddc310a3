package shequn.calibrate.btyd;

/**
 * One customer's calibration-period summary, the data of the buy-till-you-die models: x repeat
 * transactions, the last at t_x after the first purchase, observed for T since the first purchase
 * (all times in weeks; t_x = 0 when x = 0).
 */
public record History(int x, double tx, double T) {
    public History {
        if (x < 0 || tx < 0 || T < tx || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("not a history: x=" + x + ", t_x=" + tx + ", T=" + T);
        }
    }
}
