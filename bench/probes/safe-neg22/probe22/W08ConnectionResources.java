package probe22;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * JDBC-connection-like resource holder with three lazily allocated per-connection tables.
 * Bulk operations run over whichever tables exist via
 * {@code Stream.of(...).filter(Objects::nonNull)}; single-table operations test their own field.
 */
public class W08ConnectionResources {

    /** One physical connection; used by one thread at a time (as JDBC connections are). */
    public static final class PooledConnection {
        private final String url;
        private Map<String, String> statementCache; // sql -> plan id
        private Map<String, Object> sessionVariables;
        private Map<Integer, String> openCursors;
        private int nextCursor = 1;

        public PooledConnection(String url) {
            this.url = url;
        }

        public String prepare(String sql) {
            if (statementCache == null) {
                statementCache = new HashMap<>();
            }
            return statementCache.computeIfAbsent(sql, s -> "plan#" + (statementCache.size() + 1));
        }

        public void setVariable(String name, Object value) {
            if (sessionVariables == null) {
                sessionVariables = new HashMap<>();
            }
            sessionVariables.put(name, value);
        }

        public Object variable(String name) {
            return sessionVariables != null ? sessionVariables.get(name) : null;
        }

        public int openCursor(String sql) {
            if (openCursors == null) {
                openCursors = new HashMap<>();
            }
            int id = nextCursor++;
            openCursors.put(id, prepare(sql));
            return id;
        }

        public void closeCursor(int id) {
            if (openCursors != null) {
                openCursors.remove(id);
            }
        }

        public int trackedResources() {
            return Stream.<Map<?, ?>>of(statementCache, sessionVariables, openCursors)
                    .filter(Objects::nonNull)
                    .mapToInt(Map::size)
                    .sum();
        }

        /** Returns the connection to the pool: per-session state is discarded. */
        public void resetForReuse() {
            Stream.<Map<?, ?>>of(sessionVariables, openCursors)
                    .filter(Objects::nonNull)
                    .forEach(Map::clear);
            openCursors = null;
        }

        public void close() {
            Stream.<Map<?, ?>>of(statementCache, sessionVariables, openCursors)
                    .filter(Objects::nonNull)
                    .forEach(Map::clear);
            statementCache = null;
            sessionVariables = null;
            openCursors = null;
        }

        @Override
        public String toString() {
            return url + " resources=" + trackedResources();
        }
    }

    public static void main(String[] args) {
        PooledConnection c = new PooledConnection("jdbc:h2:mem:test");
        System.out.println(c + " var=" + c.variable("search_path"));
        c.resetForReuse();
        c.closeCursor(1);

        c.setVariable("search_path", "public");
        int cur = c.openCursor("select * from orders");
        c.prepare("select 1");
        System.out.println(c + " var=" + c.variable("search_path"));
        c.closeCursor(cur);

        c.resetForReuse();
        System.out.println(c + " var=" + c.variable("search_path"));
        c.close();
        c.closeCursor(cur);
        System.out.println(c + " var=" + c.variable("search_path"));
        c.close();
    }
}
