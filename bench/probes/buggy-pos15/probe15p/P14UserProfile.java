package probe15p;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

public class P14UserProfile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final Map<String, String> settings = new HashMap<>();
    private transient Map<String, Object> decodedCache = new HashMap<>();

    public P14UserProfile(String userId) {
        this.userId = userId;
    }

    public void set(String key, String rawValue) {
        settings.put(key, rawValue);
        decodedCache.remove(key); // BUG
    }

    public Object decoded(String key) {
        Object cached = decodedCache.get(key); // BUG
        if (cached != null) return cached;
        String raw = settings.get(key);
        if (raw == null) return null;
        Object value;
        if (raw.matches("-?\\d+")) value = Long.valueOf(raw);
        else if (raw.equals("true") || raw.equals("false")) value = Boolean.valueOf(raw);
        else value = raw;
        decodedCache.put(key, value);
        return value;
    }

    public String describe() {
        return userId + " " + settings;
    }

    static byte[] serialize(P14UserProfile profile) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static P14UserProfile deserialize(byte[] data) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (P14UserProfile) in.readObject();
        }
    }

    public static void main(String[] args) throws Exception {
        P14UserProfile profile = new P14UserProfile("u-42");
        profile.set("pageSize", "50");
        profile.set("darkMode", "true");
        System.out.println(profile.decoded("pageSize") + " " + profile.decoded("darkMode") + " " + profile.decoded("pageSize"));

        P14UserProfile restored = deserialize(serialize(profile));
        System.out.println("restored " + restored.describe());
        prove(() -> restored.decoded("pageSize"));
        prove(() -> restored.set("pageSize", "100"));
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
