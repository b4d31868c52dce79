package probe15p;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

public class P10EntityMapper {
    abstract static class Entity {
        final long id;

        Entity(Map<String, Object> row) {
            this.id = ((Number) row.get("id")).longValue();
            hydrate(row);
        }

        protected abstract void hydrate(Map<String, Object> row);
    }

    static final class Customer extends Entity {
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private String email;

        Customer(Map<String, Object> row) {
            super(row);
        }

        @Override
        protected void hydrate(Map<String, Object> row) {
            email = (String) row.get("email");
            for (Map.Entry<String, Object> column : row.entrySet()) {
                if (column.getKey().startsWith("attr_")) {
                    attributes.put(column.getKey().substring(5), String.valueOf(column.getValue())); // BUG
                }
            }
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    static final class Product extends Entity {
        private String sku;

        Product(Map<String, Object> row) {
            super(row);
        }

        @Override
        protected void hydrate(Map<String, Object> row) {
            sku = (String) row.get("sku");
        }
    }

    private final Map<Long, Entity> identityMap = new HashMap<>();

    public Entity load(String table, Map<String, Object> row) {
        long id = ((Number) row.get("id")).longValue();
        Entity cached = identityMap.get(id);
        if (cached != null) return cached;
        Entity entity = "customers".equals(table) ? new Customer(row) : new Product(row);
        identityMap.put(id, entity);
        return entity;
    }

    public static void main(String[] args) {
        P10EntityMapper mapper = new P10EntityMapper();
        Map<String, Object> productRow = new HashMap<>();
        productRow.put("id", 7L);
        productRow.put("sku", "KB-01");
        System.out.println(((Product) mapper.load("products", productRow)).sku);

        Map<String, Object> plainCustomer = new HashMap<>();
        plainCustomer.put("id", 8L);
        plainCustomer.put("email", "ada@example.com");
        Customer ada = (Customer) mapper.load("customers", plainCustomer);
        System.out.println(ada.email + " tier=" + ada.attribute("tier"));

        Map<String, Object> richCustomer = new HashMap<>();
        richCustomer.put("id", 9L);
        richCustomer.put("email", "bob@example.com");
        richCustomer.put("attr_tier", "gold");
        prove(() -> mapper.load("customers", richCustomer));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
