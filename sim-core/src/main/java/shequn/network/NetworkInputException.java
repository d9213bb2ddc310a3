package shequn.network;

/**
 * A bad edge-list file. The message is one line, {@code FILE:LINE:COL: network.file: what is wrong},
 * with 1-based line and column (both 0 when the problem is with the file as a whole).
 */
public class NetworkInputException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String what;

    public NetworkInputException(String file, int line, int column, String what) {
        super(file + ":" + line + ":" + column + ": network.file: " + what);
        this.file = file;
        this.line = line;
        this.column = column;
        this.what = what;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the position. */
    public String what() {
        return what;
    }

    public int column() {
        return column;
    }
}
