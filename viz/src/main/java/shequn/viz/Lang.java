package shequn.viz;

import java.util.Locale;

/** The languages charts and reports are labelled in. */
public enum Lang {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses {@code en} or {@code zh}, as typed after {@code --lang}. */
    public static Lang parse(String text) {
        for (Lang l : values()) {
            if (l.name().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("--lang: expected en or zh, got '" + text + "'");
    }
}
