package probe18p;

import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** Hibernate-dialect-like mapping from SQL type codes to DDL type names. */
public class V05ColumnTypeRegistry {

    private static final Logger LOG = Logger.getLogger(V05ColumnTypeRegistry.class.getName());

    private final Map<Integer, String> defaults = new HashMap<>();
    private Map<Integer, String> contributed;
    private Map<String, String> aliases;
    private Map<Integer, String> overrides;

    public V05ColumnTypeRegistry() {
        defaults.put(Types.VARCHAR, "varchar($l)");
        defaults.put(Types.BIGINT, "bigint");
        defaults.put(Types.BOOLEAN, "boolean");
        defaults.put(Types.TIMESTAMP, "timestamp");
    }

    /** Called by dialect contributors; the map is created on first contribution. */
    public void contribute(int sqlType, String ddl) {
        if (contributed != null) {
            contributed = new HashMap<>();
        }
        contributed.put(sqlType, ddl); // BUG
    }

    public void setAliases(Map<String, String> aliases) {
        this.aliases = aliases;
    }

    public void setOverrides(Map<Integer, String> overrides) {
        this.overrides = overrides;
    }

    public String resolveAlias(String typeName) {
        String key = typeName.toLowerCase(Locale.ROOT);
        if (aliases == null) {
            LOG.fine("no type aliases configured, check the dialect setup");
        }
        return aliases.getOrDefault(key, key); // BUG
    }

    public String ddlFor(int sqlType, int length) {
        String ddl;
        if (overrides == null && overrides.isEmpty()) { // BUG
            ddl = defaults.get(sqlType);
        } else {
            ddl = overrides.getOrDefault(sqlType, defaults.get(sqlType));
        }
        if (ddl == null && contributed != null) {
            ddl = contributed.get(sqlType);
        }
        return ddl == null ? null : ddl.replace("$l", Integer.toString(length));
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V05ColumnTypeRegistry.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V05ColumnTypeRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V05ColumnTypeRegistry r = new V05ColumnTypeRegistry();
        r.setAliases(Map.of("int8", "bigint"));
        r.setOverrides(Map.of(Types.BOOLEAN, "bit"));
        System.out.println(r.resolveAlias("INT8") + " " + r.ddlFor(Types.VARCHAR, 64) + " " + r.ddlFor(Types.BOOLEAN, 1));

        prove(31, () -> new V05ColumnTypeRegistry().contribute(Types.OTHER, "jsonb"));
        prove(47, () -> new V05ColumnTypeRegistry().resolveAlias("int4"));
        prove(52, () -> new V05ColumnTypeRegistry().ddlFor(Types.VARCHAR, 255));
    }
}
