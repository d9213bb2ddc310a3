package shequn.cli;

import java.util.Locale;

/** Counted nouns as people write them: "1 chart", "2 charts", "1,200 runs". */
final class Words {
    private Words() {
    }

    static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
