package probe19;

import java.util.LinkedHashMap;
import java.util.Map;

/** Code-to-label lookup table loaded from CSV text, keeping rows parsed before an error. */
public class M31CsvLookupTable {
    private Map<String, String> table;
    private String lastError = "";
    private int loads;

    public int load(String csv) {
        Map<String, String> parsed = new LinkedHashMap<>();
        lastError = "";
        try {
            int lineNo = 0;
            for (String line : csv.split("\r?\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != 2 || cols[0].isBlank()) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected code,label");
                }
                parsed.put(cols[0].trim(), cols[1].trim());
            }
        } catch (IllegalArgumentException e) {
            lastError = e.getMessage();
        } finally {
            table = parsed;
            loads++;
        }
        return parsed.size();
    }

    public String label(String code, String fallback) {
        return table == null ? fallback : table.getOrDefault(code, fallback);
    }

    public int size() {
        return table == null ? 0 : table.size();
    }

    public String describe() {
        if (table == null) {
            return "unloaded after " + loads + " loads";
        }
        StringBuilder sb = new StringBuilder();
        table.forEach((code, lbl) -> sb.append(code).append("->").append(lbl).append(' '));
        return sb.toString().trim() + (lastError.isEmpty() ? "" : " (error: " + lastError + ")");
    }

    public void unload() {
        table = null;
    }

    public static void main(String[] args) {
        M31CsvLookupTable countries = new M31CsvLookupTable();
        System.out.println(countries.label("DE", "?") + " " + countries.size() + " " + countries.describe());
        System.out.println(countries.load("# iso,name\nDE,Germany\nFR,France\n\nIT,Italy"));
        System.out.println(countries.label("FR", "?") + " " + countries.describe());
        System.out.println(countries.load("NL,Netherlands\nbroken line\nBE,Belgium"));
        System.out.println(countries.describe() + " " + countries.label("BE", "missing"));
        countries.unload();
        countries.unload();
        System.out.println(countries.describe() + " " + countries.label("NL", "n/a"));
        System.out.println(countries.load("") + " " + countries.describe());
    }
}
