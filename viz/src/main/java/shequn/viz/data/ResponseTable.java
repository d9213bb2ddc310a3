package shequn.viz.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads response.csv, the response curves of {@code shequn response}, from a results folder. */
public final class ResponseTable {
    public static final String FILE = "response.csv";

    private ResponseTable() {
    }

    /** Whether the folder holds response curves. */
    public static boolean present(Results results) {
        return results.has(FILE);
    }

    /** Every point, in file order (campaign by campaign, rising intensity); none without response.csv. */
    public static List<ResponsePoint> read(Results results) {
        if (!present(results)) {
            return List.of();
        }
        Table t = results.table(FILE);
        return t.rows().stream().map(r -> new ResponsePoint((int) t.number(r, "campaign"), t.text(r, "name"),
                t.text(r, "lever"), t.text(r, "parameter"), (int) t.number(r, "point"), t.text(r, "value"),
                t.number(r, "intensity"), t.number(r, "d_spend"), t.number(r, "d_gmv"), t.number(r, "d_gmv_lo"),
                t.number(r, "d_gmv_hi"), t.number(r, "d_profit"), t.number(r, "d_profit_lo"), t.number(r, "d_profit_hi"),
                t.number(r, "p_profit_up"), t.number(r, "roi_inc"), t.number(r, "roi_inc_lo"), t.number(r, "roi_inc_hi"),
                Boolean.parseBoolean(t.text(r, "is_current")), Boolean.parseBoolean(t.text(r, "is_best")))).toList();
    }

    /** The points grouped into curves, one per campaign, in file order. */
    public static List<List<ResponsePoint>> curves(Results results) {
        Map<Integer, List<ResponsePoint>> byCampaign = new LinkedHashMap<>();
        for (ResponsePoint p : read(results)) {
            byCampaign.computeIfAbsent(p.campaign(), k -> new ArrayList<>()).add(p);
        }
        return List.copyOf(byCampaign.values());
    }
}
