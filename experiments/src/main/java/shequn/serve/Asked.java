package shequn.serve;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import shequn.viz.Lang;

/** What a request asks about: a scenario of the library (by its number), the page's edits, and the rest of the query. */
record Asked(Library.Entry entry, Edits edits, Map<String, List<String>> query) {
    static Asked of(HttpExchange ex, Library library) throws Edits.Refused {
        Map<String, List<String>> q = Http.query(ex);
        Library.Entry e = library.get(Http.first(q, "scenario", null));
        if (e == null) {
            throw new Edits.Refused("no such scenario; pick one of the list");
        }
        return new Asked(e, Edits.parse(q.getOrDefault("set", List.of())), q);
    }

    Lang lang() {
        return "zh".equals(Http.first(query, "lang", "en")) ? Lang.ZH : Lang.EN;
    }

    int intParam(String key, int fallback, int lo, int hi) throws Edits.Refused {
        return Http.intParam(query, key, fallback, lo, hi);
    }
}
