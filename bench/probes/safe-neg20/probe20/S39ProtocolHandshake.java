package probe20;

import java.util.HashMap;
import java.util.Map;

public class S39ProtocolHandshake {
    static final class HandshakeException extends Exception {
        private static final long serialVersionUID = 1L;

        HandshakeException(String msg) {
            super(msg);
        }
    }

    private Map<String, String> capabilities;
    private Map<String, Integer> limits;
    private int version;

    private static String[] validateHello(String hello) throws HandshakeException {
        if (hello == null || !hello.startsWith("HELLO ")) {
            throw new HandshakeException("malformed hello");
        }
        String[] parts = hello.substring(6).trim().split(";");
        if (!parts[0].matches("v\\d+")) {
            throw new HandshakeException("missing version in: " + hello);
        }
        return parts;
    }

    public void negotiate(String hello) throws HandshakeException {
        capabilities = null;
        limits = null;
        version = 0;
        String[] parts = validateHello(hello);
        Map<String, String> caps = new HashMap<>();
        Map<String, Integer> lim = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[1].matches("\\d+")) {
                lim.put(kv[0], Integer.parseInt(kv[1]));
            } else {
                caps.put(kv[0], kv.length == 2 ? kv[1] : "yes");
            }
        }
        version = Integer.parseInt(parts[0].substring(1));
        capabilities = caps;
        limits = lim;
    }

    private boolean hasCapabilities() {
        return capabilities != null && !capabilities.isEmpty();
    }

    private boolean negotiated() {
        return limits != null && version > 0;
    }

    public boolean supports(String feature) {
        return hasCapabilities() && capabilities.containsKey(feature);
    }

    public int limit(String name, int def) {
        if (!negotiated()) {
            return def;
        }
        return limits.getOrDefault(name, def);
    }

    public static void main(String[] args) {
        S39ProtocolHandshake hs = new S39ProtocolHandshake();
        System.out.println("before: gzip=" + hs.supports("gzip") + " maxFrame=" + hs.limit("maxFrame", 1024));
        String[] hellos = {
            "HELLO v2;gzip;tls=1.3;maxFrame=16384;window=64",
            "GARBAGE",
            "HELLO x9;gzip",
            "HELLO v3;maxFrame=4096",
            null
        };
        for (String h : hellos) {
            try {
                hs.negotiate(h);
                System.out.println("v" + hs.version + " gzip=" + hs.supports("gzip") + " tls=" + hs.supports("tls")
                        + " maxFrame=" + hs.limit("maxFrame", 1024));
            } catch (HandshakeException e) {
                System.out.println("handshake failed: " + e.getMessage() + " gzip=" + hs.supports("gzip")
                        + " maxFrame=" + hs.limit("maxFrame", 1024));
            }
        }
    }
}
