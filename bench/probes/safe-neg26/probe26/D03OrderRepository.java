package probe26;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Order repository backed by a list "table" with an optional secondary index by customer.
 * The index is built on demand and thrown away by every write.
 */
public final class D03OrderRepository {

    public enum Status { NEW, PAID, SHIPPED, CANCELLED }

    public record Order(long id, String customer, long totalCents, Status status) {}

    private final List<Order> rows = new ArrayList<>();
    private Map<String, List<Order>> byCustomer; // null until buildIndex(), null after any write
    private long nextId = 1;

    public Order insert(String customer, long totalCents) {
        Order o = new Order(nextId++, customer, totalCents, Status.NEW);
        rows.add(o);
        byCustomer = null;
        return o;
    }

    public boolean updateStatus(long id, Status status) {
        for (int i = 0; i < rows.size(); i++) {
            Order o = rows.get(i);
            if (o.id() == id) {
                rows.set(i, new Order(o.id(), o.customer(), o.totalCents(), status));
                byCustomer = null;
                return true;
            }
        }
        return false;
    }

    public void buildIndex() {
        Map<String, List<Order>> index = new HashMap<>();
        for (Order o : rows) {
            index.computeIfAbsent(o.customer(), k -> new ArrayList<>()).add(o);
        }
        byCustomer = index;
    }

    public List<Order> findByCustomer(String customer) {
        if (byCustomer == null) {
            return rows.stream().filter(o -> o.customer().equals(customer)).toList();
        }
        return List.copyOf(byCustomer.getOrDefault(customer, List.of()));
    }

    public Optional<Order> largestFor(String customer) {
        if (byCustomer == null) {
            buildIndex();
        }
        List<Order> orders = byCustomer.get(customer);
        if (orders == null) {
            return Optional.empty();
        }
        return orders.stream().max((a, b) -> Long.compare(a.totalCents(), b.totalCents()));
    }

    public boolean isIndexed() {
        return byCustomer != null;
    }

    public int indexedCustomers() {
        if (byCustomer == null) {
            return 0;
        }
        return byCustomer.size();
    }

    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Order o : rows) {
            counts.merge(o.status(), 1L, Long::sum);
        }
        return counts;
    }

    public static void main(String[] args) {
        D03OrderRepository repo = new D03OrderRepository();
        System.out.println(repo.findByCustomer("ann") + " " + repo.indexedCustomers() + " " + repo.isIndexed());
        System.out.println(repo.largestFor("ann"));
        Order o1 = repo.insert("ann", 1200);
        repo.insert("ann", 5400);
        repo.insert("ben", 300);
        System.out.println(repo.findByCustomer("ann").size() + " indexed=" + repo.isIndexed());
        repo.buildIndex();
        System.out.println(repo.findByCustomer("ann").size() + " customers=" + repo.indexedCustomers());
        System.out.println(repo.updateStatus(o1.id(), Status.PAID) + " " + repo.updateStatus(99, Status.PAID));
        System.out.println(repo.largestFor("ann").orElseThrow() + " " + repo.largestFor("zed"));
        System.out.println(repo.countByStatus());
    }
}
