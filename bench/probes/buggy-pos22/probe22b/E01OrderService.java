package probe22b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Order intake service: orders wait in a pending map until the warehouse confirms them. */
public class E01OrderService {

    private static final String FILE = "E01OrderService.java";

    public record Order(String id, String customer, long amountCents) {}

    private final String region;
    private final int maxPending;
    private Map<String, Order> pendingOrders;
    private final Map<String, Integer> ordersPerCustomer = new HashMap<>();

    public E01OrderService(String region, int maxPending) {
        this.region = region;
        this.maxPending = maxPending;
        this.pendingOrders = new HashMap<>();
    }

    /** Legacy constructor still used by the nightly import job. */
    public E01OrderService(String region) {
        this.region = region;
        this.maxPending = 100;
    }

    public boolean submit(Order order) {
        if (order.amountCents() <= 0) {
            return false;
        }
        if (pendingOrders.size() >= maxPending) { // BUG
            return false;
        }
        pendingOrders.put(order.id(), order);
        ordersPerCustomer.merge(order.customer(), 1, Integer::sum);
        return true;
    }

    public Order confirm(String orderId) {
        if (pendingOrders == null) {
            return null;
        }
        return pendingOrders.remove(orderId);
    }

    public int pendingCount() {
        return pendingOrders.size(); // BUG
    }

    public List<Order> pendingFor(String customer) {
        List<Order> result = new ArrayList<>();
        if (pendingOrders != null) {
            for (Order o : pendingOrders.values()) {
                if (o.customer().equals(customer)) {
                    result.add(o);
                }
            }
        }
        return result;
    }

    /** Customer closed the account: drop everything still waiting. */
    public int cancelAll(String customer) {
        int before = ordersPerCustomer.getOrDefault(customer, 0);
        pendingOrders.values().removeIf(o -> o.customer().equals(customer)); // BUG
        ordersPerCustomer.remove(customer);
        return before;
    }

    public int ordersBy(String customer) {
        return ordersPerCustomer.getOrDefault(customer, 0);
    }

    public String region() {
        return region;
    }

    public static void main(String[] args) {
        E01OrderService svc = new E01OrderService("eu-west", 10);
        svc.submit(new Order("o1", "alice", 1200));
        svc.submit(new Order("o2", "bob", 500));
        svc.submit(new Order("o3", "alice", 0));
        assert svc.pendingCount() == 2;
        assert svc.pendingFor("alice").size() == 1;
        assert svc.confirm("o2") != null;
        assert svc.cancelAll("alice") == 1 && svc.pendingCount() == 0;
        E01OrderService legacy = new E01OrderService("us-east");
        assert legacy.confirm("x") == null && legacy.pendingFor("x").isEmpty();
        assert legacy.submit(new Order("z", "zed", -1)) == false && legacy.ordersBy("zed") == 0;
        assert legacy.region().equals("us-east");

        prove(36, () -> new E01OrderService("us-east").submit(new Order("o9", "carol", 100)));
        prove(52, () -> new E01OrderService("us-east").pendingCount());
        prove(70, () -> new E01OrderService("us-east").cancelAll("carol"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
