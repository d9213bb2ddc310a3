package shequn.viz;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every label a chart or report shows, from {@code shequn/viz/messages_<lang>.properties}
 * (UTF-8). A missing key fails loudly rather than printing the key to a client.
 */
public final class Messages {
    private final Lang lang;
    private final ResourceBundle bundle;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("shequn.viz.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The label of a KPI column (e.g. {@code gmv} → "GMV"), or the column itself if it has none. */
    public String kpi(String column) {
        try {
            return bundle.getString("kpi." + column);
        } catch (MissingResourceException e) {
            return column.replace('_', ' ');
        }
    }

    /** Every label in the bundle joined, to choose a font that can display all of them. */
    public String allText() {
        StringBuilder sb = new StringBuilder();
        for (String k : bundle.keySet()) {
            sb.append(bundle.getString(k));
        }
        return sb.toString();
    }
}
