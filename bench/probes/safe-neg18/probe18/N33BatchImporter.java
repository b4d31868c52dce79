package probe18;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Imports "category;amount" records in batches, staging each batch before committing totals. */
public final class N33BatchImporter {
    private final Map<String, Long> committed = new TreeMap<>();
    private Map<String, Long> pendingBatch;
    private int rejected;

    public int importAll(List<String> records) {
        pendingBatch = new HashMap<>();
        try {
            for (String record : records) {
                String[] parts = record.split(";");
                if (parts.length != 2) {
                    rejected++;
                    continue;
                }
                long amount;
                try {
                    amount = Long.parseLong(parts[1].trim());
                } catch (NumberFormatException e) {
                    rejected++;
                    continue;
                }
                pendingBatch.merge(parts[0].trim(), amount, Long::sum);
            }
            return commit();
        } finally {
            pendingBatch = null;
        }
    }

    private int commit() {
        int categories = 0;
        for (Map.Entry<String, Long> e : pendingBatch.entrySet()) {
            committed.merge(e.getKey(), e.getValue(), Long::sum);
            categories++;
        }
        pendingBatch.clear();
        return categories;
    }

    public int stagedCount() {
        return pendingBatch == null ? 0 : pendingBatch.size();
    }

    public int rejected() {
        return rejected;
    }

    public Map<String, Long> totals() {
        return Map.copyOf(committed);
    }

    public static void main(String[] args) {
        N33BatchImporter imp = new N33BatchImporter();
        System.out.println("staged=" + imp.stagedCount() + " totals=" + new TreeMap<>(imp.totals()));
        System.out.println("imported " + imp.importAll(List.of("food;12", "rent;800", "food;8", "junk")));
        int second = imp.importAll(List.of("fuel;40", "fuel;abc"));
        System.out.println("second batch categories=" + second + " staged=" + imp.stagedCount());
        System.out.println("empty batch " + imp.importAll(List.of()) + " rejected=" + imp.rejected());
        System.out.println(new TreeMap<>(imp.totals()));
    }
}
