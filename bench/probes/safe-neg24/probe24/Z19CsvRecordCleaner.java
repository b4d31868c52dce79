package probe24;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data-pipeline stage that cleans CSV lines. Reject statistics are optional; the
 * cleaning loop tests the map once, keeps the answer in a {@code final boolean}, and
 * later statements in the same method use that local instead of re-testing the field.
 */
public class Z19CsvRecordCleaner {

    private final int expectedColumns;
    /** Reason to count; only maintained while statistics are switched on. */
    private HashMap<String, Integer> rejects;

    public Z19CsvRecordCleaner(int expectedColumns) {
        this.expectedColumns = expectedColumns;
    }

    public void collectStatistics(boolean on) {
        if (!on) {
            rejects = null;
        } else if (rejects == null) {
            rejects = new HashMap<>();
        }
    }

    public List<String[]> clean(List<String> lines) {
        final boolean tracking = rejects != null;
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (tracking) {
                    rejects.merge("blank", 1, Integer::sum);
                }
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != expectedColumns) {
                if (tracking) {
                    rejects.merge("width " + cols.length, 1, Integer::sum);
                }
                continue;
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].trim();
            }
            out.add(cols);
        }
        if (tracking) {
            rejects.merge("accepted", out.size(), Integer::sum);
        }
        return out;
    }

    public Map<String, Integer> statistics() {
        final boolean tracking = rejects != null;
        return tracking ? new TreeMap<>(rejects) : Map.of();
    }

    public static void main(String[] args) {
        List<String> input = List.of("id,name,city", " 1 , Ann , Oslo", "", "2,Bob", "3,Cy,Rome,extra", "4,Di,Lima");
        Z19CsvRecordCleaner cleaner = new Z19CsvRecordCleaner(3);
        System.out.println(cleaner.clean(input).size() + " " + cleaner.statistics());
        cleaner.collectStatistics(true);
        cleaner.clean(input);
        cleaner.collectStatistics(true);
        System.out.println(cleaner.clean(input.subList(0, 3)).size() + " " + cleaner.statistics());
        cleaner.collectStatistics(false);
        System.out.println(cleaner.clean(input).get(1)[1] + " " + cleaner.statistics());
    }
}
