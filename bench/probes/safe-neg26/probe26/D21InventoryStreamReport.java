package probe26;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Inventory read model of a warehouse service. The stock snapshot is absent until the first
 * sync; reservations are absent until somebody reserves. Reports are built with streams.
 */
public final class D21InventoryStreamReport {

    public record Item(String sku, String category, int onHand, int reorderPoint) {}

    private Map<String, Item> stock;        // null until the first sync(), null after wipe()
    private Map<String, Integer> reserved;  // null while nothing is reserved

    public void sync(Collection<Item> items) {
        stock = items.stream().collect(Collectors.toMap(Item::sku, i -> i, (a, b) -> b, LinkedHashMap::new));
    }

    private Stream<Item> items() {
        return stock == null ? Stream.empty() : stock.values().stream();
    }

    public void reserve(String sku, int qty) {
        if (reserved == null) {
            reserved = new HashMap<>();
        }
        reserved.merge(sku, qty, Integer::sum);
    }

    public void releaseAll() {
        reserved = null;
    }

    public int available(String sku) {
        Item i = stock == null ? null : stock.get(sku);
        if (i == null) {
            return 0;
        }
        int r = reserved == null ? 0 : reserved.getOrDefault(sku, 0);
        return Math.max(0, i.onHand() - r);
    }

    public List<String> reorderList() {
        return items().filter(i -> available(i.sku()) <= i.reorderPoint()).map(Item::sku).sorted().toList();
    }

    public Map<String, Integer> onHandByCategory() {
        return items().collect(Collectors.groupingBy(Item::category, TreeMap::new, Collectors.summingInt(Item::onHand)));
    }

    public long totalReservedUnits() {
        return reserved == null ? 0 : reserved.values().stream().mapToLong(Integer::longValue).sum();
    }

    public List<String> overReserved() {
        if (reserved == null) {
            return List.of();
        }
        return reserved.entrySet().stream()
                .filter(e -> stock == null || !stock.containsKey(e.getKey()) || stock.get(e.getKey()).onHand() < e.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public void wipe() {
        stock = null;
        reserved = null;
    }

    public static void main(String[] args) {
        D21InventoryStreamReport inv = new D21InventoryStreamReport();
        System.out.println(inv.available("A") + " " + inv.reorderList() + " " + inv.onHandByCategory() + " "
                + inv.totalReservedUnits() + " " + inv.overReserved());
        inv.reserve("A", 3);
        System.out.println(inv.overReserved() + " " + inv.totalReservedUnits());
        inv.sync(List.of(new Item("A", "tools", 10, 5), new Item("B", "tools", 2, 3), new Item("C", "paint", 40, 10)));
        inv.reserve("A", 4);
        inv.reserve("C", 50);
        System.out.println(inv.available("A") + " " + inv.available("C") + " " + inv.available("Z"));
        System.out.println(inv.reorderList() + " " + inv.onHandByCategory() + " " + inv.overReserved());
        inv.releaseAll();
        System.out.println(inv.reorderList() + " " + inv.totalReservedUnits());
        inv.wipe();
        System.out.println(inv.onHandByCategory() + " " + inv.available("A"));
    }
}
