package probe21;

import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Netty-style channel attributes in a lazily created Hashtable. The table is created and
 * dropped under the channel's lock; readers take the reference under that lock, test it for
 * null, and then synchronize on the Hashtable itself for compound reads.
 */
public final class U14ChannelAttributes {

    private final String channelId;
    private Hashtable<String, Object> attrs;

    public U14ChannelAttributes(String channelId) {
        this.channelId = channelId;
    }

    public void set(String key, Object value) {
        if (key == null) {
            throw new IllegalArgumentException("attribute key must not be null");
        }
        synchronized (this) {
            if (value == null) {
                if (attrs != null) {
                    attrs.remove(key);
                }
                return;
            }
            if (attrs == null) {
                attrs = new Hashtable<>();
            }
            attrs.put(key, value);
        }
    }

    public Object get(String key) {
        Hashtable<String, Object> table;
        synchronized (this) {
            table = attrs;
        }
        return table == null || key == null ? null : table.get(key);
    }

    public Map<String, Object> snapshot() {
        Hashtable<String, Object> table;
        synchronized (this) {
            table = attrs;
        }
        if (table == null) {
            return Map.of();
        }
        synchronized (table) {
            return new TreeMap<>(table);
        }
    }

    public int size() {
        synchronized (this) {
            if (attrs == null) {
                return 0;
            }
            synchronized (attrs) {
                return attrs.size();
            }
        }
    }

    public synchronized void close() {
        attrs = null;
    }

    public static void main(String[] args) throws InterruptedException {
        U14ChannelAttributes ch = new U14ChannelAttributes("ch-1");
        System.out.println(ch.get("user") + " " + ch.snapshot() + " " + ch.size());
        ch.set("gone", null);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                ch.set("k" + (i % 5), i);
            }
        });
        writer.start();
        for (int i = 0; i < 50; i++) {
            ch.snapshot();
            ch.size();
        }
        writer.join();
        ch.set("k0", null);
        System.out.println(ch.channelId + " " + ch.snapshot() + " " + ch.size());
        ch.close();
        System.out.println(ch.get("k1") + " " + ch.snapshot() + " " + ch.size());
        ch.set("reopened", true);
        System.out.println(ch.snapshot());
    }
}
