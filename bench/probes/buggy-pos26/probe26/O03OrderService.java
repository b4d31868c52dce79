package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class O03OrderService {

    public static final class OrderResult {
        final boolean accepted;
        final String reason;

        OrderResult(boolean accepted, String reason) {
            this.accepted = accepted;
            this.reason = reason;
        }
    }

    private Map<String, Integer> stock;
    private Map<String, List<String>> ordersByCustomer;
    private final Map<String, Integer> reserved = new HashMap<>();
    private boolean configured;
    private boolean started;

    public void configure(Map<String, Integer> initialStock) {
        stock = new HashMap<>(initialStock);
        configured = true;
    }

    public void start() {
        ordersByCustomer = new HashMap<>();
        started = true;
    }

    public boolean ready() {
        return configured || started;
    }

    public OrderResult placeOrder(String customer, String sku, int qty) {
        if (!ready()) {
            return new OrderResult(false, "service not ready");
        }
        int have = stock.getOrDefault(sku, 0) - reserved.getOrDefault(sku, 0);
        if (have < qty) {
            return new OrderResult(false, "insufficient stock for " + sku);
        }
        reserved.merge(sku, qty, Integer::sum);
        ordersByCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(sku + ":" + qty);
        return new OrderResult(true, "ok");
    }

    public List<String> ordersOf(String customer) {
        if (ordersByCustomer == null) {
            return Collections.emptyList();
        }
        return ordersByCustomer.getOrDefault(customer, Collections.emptyList());
    }

    public int available(String sku) {
        if (!configured) {
            return 0;
        }
        return stock.getOrDefault(sku, 0) - reserved.getOrDefault(sku, 0);
    }

    public Map<String, Integer> fulfil(String customer) {
        Map<String, Integer> shipped = new TreeMap<>();
        for (String line : ordersOf(customer)) {
            String[] parts = line.split(":");
            int qty = Integer.parseInt(parts[1]);
            shipped.merge(parts[0], qty, Integer::sum);
            stock.merge(parts[0], -qty, Integer::sum);
            reserved.merge(parts[0], -qty, Integer::sum);
        }
        ordersByCustomer.remove(customer);
        return shipped;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O03OrderService.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O03OrderService.java:" + line + " OK");
        } else {
            System.out.println("MISS O03OrderService.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O03OrderService idle = new O03OrderService();
        if (idle.placeOrder("ann", "pen", 1).accepted || idle.available("pen") != 0 || !idle.ordersOf("ann").isEmpty()) {
            throw new IllegalStateException("idle service accepted work");
        }
        O03OrderService svc = new O03OrderService();
        svc.configure(Map.of("pen", 10, "ink", 2));
        svc.start();
        if (!svc.placeOrder("ann", "pen", 3).accepted || svc.placeOrder("bob", "ink", 5).accepted) {
            throw new IllegalStateException("order acceptance");
        }
        svc.placeOrder("ann", "ink", 1);
        Map<String, Integer> shipped = svc.fulfil("ann");
        if (shipped.get("pen") != 3 || svc.available("pen") != 7 || !svc.ordersOf("ann").isEmpty()) {
            throw new IllegalStateException("fulfilment " + shipped);
        }

        expectNpe(51, () -> {
            O03OrderService s = new O03OrderService();
            s.configure(Map.of("pen", 10));
            s.placeOrder("ann", "pen", 1);
        });
        expectNpe(46, () -> {
            O03OrderService s = new O03OrderService();
            s.start();
            s.placeOrder("ann", "pen", 1);
        });
        expectNpe(78, () -> {
            O03OrderService s = new O03OrderService();
            s.configure(Map.of("pen", 10));
            s.fulfil("ann");
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
