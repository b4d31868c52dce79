package probe22;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny Redis-like command interpreter. The keyspace map is created by the first {@code SET}
 * and dropped by {@code FLUSHALL}; each arm of the switch expression guards its own use with an
 * early {@code yield}.
 */
public class W23CommandDispatcher {

    /** Single-connection interpreter; not thread-safe. */
    public static final class Interpreter {
        private Map<String, String> keyspace; // null until the first SET, and after FLUSHALL

        public String execute(String line) {
            String[] parts = line.trim().split("\\s+");
            String cmd = parts[0].toUpperCase(Locale.ROOT);
            return switch (cmd) {
                case "SET" -> {
                    if (parts.length != 3) {
                        yield "ERR wrong number of arguments for 'set'";
                    }
                    if (keyspace == null) {
                        keyspace = new HashMap<>();
                    }
                    keyspace.put(parts[1], parts[2]);
                    yield "OK";
                }
                case "GET" -> {
                    if (parts.length != 2) {
                        yield "ERR wrong number of arguments for 'get'";
                    }
                    if (keyspace == null) {
                        yield "(nil)";
                    }
                    String v = keyspace.get(parts[1]);
                    yield v == null ? "(nil)" : '"' + v + '"';
                }
                case "DEL" -> {
                    if (keyspace == null) {
                        yield "(integer) 0";
                    }
                    int removed = 0;
                    for (int i = 1; i < parts.length; i++) {
                        if (keyspace.remove(parts[i]) != null) {
                            removed++;
                        }
                    }
                    yield "(integer) " + removed;
                }
                case "DBSIZE" -> "(integer) " + (keyspace == null ? 0 : keyspace.size());
                case "FLUSHALL" -> {
                    keyspace = null;
                    yield "OK";
                }
                case "PING" -> "PONG";
                default -> "ERR unknown command '" + parts[0] + "'";
            };
        }
    }

    public static void main(String[] args) {
        Interpreter redis = new Interpreter();
        String[] script = {
            "PING", "GET user:1", "DEL user:1", "DBSIZE",
            "SET user:1 alice", "SET user:2 bob", "GET user:1", "get user:3", "DBSIZE",
            "DEL user:1 user:3", "SET broken", "FLUSHALL", "GET user:2", "DBSIZE", "DEL user:2", "HELLO"
        };
        for (String line : script) {
            System.out.println("> " + line + "\n" + redis.execute(line));
        }
    }
}
