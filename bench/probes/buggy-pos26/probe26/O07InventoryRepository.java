package probe26;

import java.io.*;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class O07InventoryRepository {

    static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        final long id;
        private String name;
        private int quantity;
        private transient Map<String, Object> dirty = new LinkedHashMap<>();

        Item(long id, String name, int quantity) {
            this.id = id;
            this.name = name;
            this.quantity = quantity;
        }

        void setQuantity(int q) {
            if (q != quantity) {
                dirty.put("quantity", q);
                quantity = q;
            }
        }

        void rename(String n) {
            if (dirty == null) {
                dirty = new LinkedHashMap<>();
            }
            dirty.put("name", n);
            name = n;
        }

        boolean isDirty() {
            return dirty != null && !dirty.isEmpty();
        }

        Map<String, Object> takeChanges() {
            Map<String, Object> out = dirty == null ? Map.of() : new LinkedHashMap<>(dirty);
            if (dirty != null) {
                dirty.clear();
            }
            return out;
        }
    }

    private final Map<Long, Item> table = new TreeMap<>();
    private Map<Long, Item> identityMap;
    private boolean open;

    public void open() {
        open = true;
    }

    public void begin() {
        if (!open) {
            throw new IllegalStateException("session closed");
        }
        identityMap = new HashMap<>();
    }

    public void save(Item item) {
        table.put(item.id, item);
        if (identityMap != null) {
            identityMap.put(item.id, item);
        }
    }

    public Item find(long id) {
        if (!open) {
            throw new IllegalStateException("session closed");
        }
        Item cached = identityMap.get(id);
        if (cached == null) {
            cached = table.get(id);
            if (cached != null) {
                identityMap.put(id, cached);
            }
        }
        return cached;
    }

    public int commit() {
        int writes = 0;
        for (Item item : identityMap.values()) {
            if (!item.takeChanges().isEmpty()) {
                writes++;
            }
        }
        identityMap = null;
        return writes;
    }

    static Item roundTrip(Item item) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(item);
        }
        return (Item) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
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
                && "O07InventoryRepository.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O07InventoryRepository.java:" + line + " OK");
        } else {
            System.out.println("MISS O07InventoryRepository.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) throws Exception {
        O07InventoryRepository repo = new O07InventoryRepository();
        repo.save(new Item(2, "nut", 40));
        repo.open();
        repo.begin();
        repo.save(new Item(1, "bolt", 10));
        repo.find(1).setQuantity(12);
        repo.find(2).rename("hex nut");
        if (repo.commit() != 2 || repo.table.get(1L).isDirty()) {
            throw new IllegalStateException("commit");
        }
        Item copy = roundTrip(repo.table.get(1L));
        copy.rename("carriage bolt");
        copy.setQuantity(copy.quantity);
        if (!copy.isDirty() || copy.takeChanges().size() != 1 || roundTrip(copy).takeChanges().size() != 0) {
            throw new IllegalStateException("serialised copy");
        }

        expectNpe(26, () -> roundTrip(new Item(3, "washer", 5)).setQuantity(6));
        expectNpe(78, () -> {
            O07InventoryRepository r = new O07InventoryRepository();
            r.open();
            r.find(1);
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
