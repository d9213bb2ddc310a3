package shequn.calibrate.orders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import shequn.scenario.ScenarioException;

/**
 * A client's order export: one row per order with {@code customer}, {@code date} (ISO, a time after
 * it is ignored) and {@code amount}, optionally {@code channel} and {@code store}; other columns are
 * ignored. Orders of one customer on one day count as one transaction (amounts added), as the
 * buy-till-you-die literature does: a day is the finest time the models resolve. A row that cannot
 * be read stops the reading with FILE:LINE:COLUMN: field: what is wrong.
 *
 * @param first    the first order's date (day 0)
 * @param days     days from the first to the last order date, inclusive
 * @param ids      customers in order of first appearance in the file
 * @param orderDay each customer's transaction days (days since {@code first}), ascending, distinct
 * @param amount   each customer's spend on those days
 * @param rows     order rows read
 * @param channels distinct non-empty channel values (0 without the column)
 * @param stores   distinct non-empty store values (0 without the column)
 */
public record OrderLog(LocalDate first, int days, List<String> ids, int[][] orderDay, double[][] amount, long rows,
                       int channels, int stores) {

    static final List<String> REQUIRED = List.of("customer", "date", "amount");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");
    private static final Pattern TIME = Pattern.compile("[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?");

    public static OrderLog read(Path file) throws ScenarioException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, 0, 0, "", "cannot read: is a folder; give the order log (CSV)");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                return read(name, in);
            }
        } catch (IOException e) {
            throw ScenarioException.cannotRead(name, e);
        }
    }

    static OrderLog read(String name, BufferedReader in) throws IOException, ScenarioException {
        String head = in.readLine();
        if (head == null || head.isBlank()) {
            throw new ScenarioException(name, 1, 1, "", "empty file: expected a header customer,date,amount");
        }
        // a byte-order mark (spreadsheet exports) is not part of the first column's name
        head = head.startsWith("\uFEFF") ? head.substring(1) : head;
        List<String> header = Arrays.stream(cells(head, name, 1)).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        for (int c = 0; c < header.size(); c++) {
            if (header.indexOf(header.get(c)) != c) {
                throw new ScenarioException(name, 1, c + 1, header.get(c), "column " + (c + 1) + " repeats the name of column "
                        + (header.indexOf(header.get(c)) + 1) + ": which one is meant?");
            }
        }
        for (String need : REQUIRED) {
            if (!header.contains(need)) {
                throw new ScenarioException(name, 1, 1, need, "no '" + need + "' column: an order log needs customer,date,amount");
            }
        }
        int cCustomer = header.indexOf("customer");
        int cDate = header.indexOf("date");
        int cAmount = header.indexOf("amount");
        int cChannel = header.indexOf("channel");
        int cStore = header.indexOf("store");
        Map<String, TreeMap<LocalDate, Double>> byCustomer = new LinkedHashMap<>();
        java.util.Set<String> channels = new java.util.HashSet<>();
        java.util.Set<String> stores = new java.util.HashSet<>();
        long rows = 0;
        int line = 1;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] cell = cells(text, name, line);
            if (cell.length != header.size()) {
                throw new ScenarioException(name, line, 1, "", "row has " + cell.length + " cells, the header " + header.size());
            }
            String id = cell[cCustomer].strip();
            if (id.isEmpty()) {
                throw new ScenarioException(name, line, cCustomer + 1, "customer", "empty: every order needs its customer");
            }
            LocalDate date = date(cell[cDate].strip(), name, line, cDate + 1);
            String a = cell[cAmount].strip();
            double amount = NUMBER.matcher(a).matches() ? Double.parseDouble(a) : Double.NaN;
            if (!Double.isFinite(amount) || amount < 0) {
                throw new ScenarioException(name, line, cAmount + 1, "amount", "expected a number >= 0, got '" + a
                        + "'" + (amount < 0 ? " (net returns into their orders or leave them out)" : ""));
            }
            if (cChannel >= 0 && !cell[cChannel].isBlank()) {
                channels.add(cell[cChannel].strip());
            }
            if (cStore >= 0 && !cell[cStore].isBlank()) {
                stores.add(cell[cStore].strip());
            }
            byCustomer.computeIfAbsent(id, k -> new TreeMap<>()).merge(date, amount, Double::sum);
            rows++;
        }
        if (rows == 0) {
            throw new ScenarioException(name, line, 1, "", "no orders after the header");
        }
        LocalDate first = null;
        LocalDate last = null;
        for (TreeMap<LocalDate, Double> m : byCustomer.values()) {
            first = first == null || m.firstKey().isBefore(first) ? m.firstKey() : first;
            last = last == null || m.lastKey().isAfter(last) ? m.lastKey() : last;
        }
        List<String> ids = new ArrayList<>(byCustomer.keySet());
        int[][] days = new int[ids.size()][];
        double[][] amounts = new double[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            TreeMap<LocalDate, Double> m = byCustomer.get(ids.get(i));
            days[i] = new int[m.size()];
            amounts[i] = new double[m.size()];
            int k = 0;
            for (Map.Entry<LocalDate, Double> e : m.entrySet()) {
                days[i][k] = (int) (e.getKey().toEpochDay() - first.toEpochDay());
                amounts[i][k++] = e.getValue();
            }
        }
        return new OrderLog(first, (int) (last.toEpochDay() - first.toEpochDay()) + 1, ids, days, amounts, rows,
                channels.size(), stores.size());
    }

    private static LocalDate date(String s, String name, int line, int col) throws ScenarioException {
        String d = s.length() > 10 && TIME.matcher(s.substring(10)).matches() ? s.substring(0, 10) : s;
        try {
            if (d.length() == 10) {
                return LocalDate.parse(d);
            }
        } catch (DateTimeParseException e) {
            // told below
        }
        throw new ScenarioException(name, line, col, "date", "expected an ISO date such as 2025-03-01, got '" + s + "'");
    }

    /** The cells of one CSV line: commas separate, double quotes enclose a cell ("" is a quote). */
    static String[] cells(String text, String name, int line) throws ScenarioException {
        if (text.indexOf('"') < 0) {
            return text.split(",", -1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ScenarioException(name, line, out.size() + 1, "", "a quote opened in this cell is not closed "
                    + "(a line break inside a cell is not supported)");
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }

    public int customers() {
        return ids.size();
    }
}
