package probe22;

import java.util.HashMap;
import java.util.Map;

/**
 * Kafka schema-registry client with a local cache that exists only while connected. Each public
 * operation starts with an inline {@code if (... == null) throw new IllegalStateException(...)}.
 */
public class W16SchemaRegistryClient {

    /** Not thread-safe; one client per producer thread. */
    public static final class CachedSchemaRegistryClient {
        private final String baseUrl;
        private Map<Integer, String> schemasById;   // null while disconnected
        private Map<String, Integer> latestBySubject; // null while disconnected
        private int nextId = 1;

        public CachedSchemaRegistryClient(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public void connect() {
            schemasById = new HashMap<>();
            latestBySubject = new HashMap<>();
        }

        public boolean isConnected() {
            return schemasById != null;
        }

        public int register(String subject, String schema) {
            if (schemasById == null || latestBySubject == null) {
                throw new IllegalStateException("client for " + baseUrl + " is not connected");
            }
            for (Map.Entry<Integer, String> e : schemasById.entrySet()) {
                if (e.getValue().equals(schema)) {
                    latestBySubject.put(subject, e.getKey());
                    return e.getKey();
                }
            }
            int id = nextId++;
            schemasById.put(id, schema);
            latestBySubject.put(subject, id);
            return id;
        }

        public String getSchemaById(int id) {
            if (schemasById == null) {
                throw new IllegalStateException("client for " + baseUrl + " is not connected");
            }
            String schema = schemasById.get(id);
            if (schema == null) {
                throw new IllegalArgumentException("unknown schema id " + id);
            }
            return schema;
        }

        public int latestId(String subject) {
            if (latestBySubject == null) {
                throw new IllegalStateException("client for " + baseUrl + " is not connected");
            }
            return latestBySubject.getOrDefault(subject, -1);
        }

        public void disconnect() {
            schemasById = null;
            latestBySubject = null;
        }
    }

    public static void main(String[] args) {
        CachedSchemaRegistryClient client = new CachedSchemaRegistryClient("http://registry:8081");
        try {
            client.register("orders-value", "{\"type\":\"string\"}");
        } catch (IllegalStateException expected) {
            System.out.println("before connect: " + expected.getMessage());
        }

        client.connect();
        int a = client.register("orders-value", "{\"type\":\"string\"}");
        int b = client.register("payments-value", "{\"type\":\"string\"}");
        int c = client.register("orders-value", "{\"type\":\"long\"}");
        System.out.println(a + " " + b + " " + c + " latest=" + client.latestId("orders-value")
                + " schema=" + client.getSchemaById(c) + " missing=" + client.latestId("nope"));

        client.disconnect();
        System.out.println("connected=" + client.isConnected());
        try {
            client.latestId("orders-value");
        } catch (IllegalStateException expected) {
            System.out.println("after disconnect: " + expected.getMessage());
        }
        try {
            client.getSchemaById(1);
        } catch (IllegalStateException expected) {
            System.out.println("after disconnect: " + expected.getMessage());
        }
    }
}
