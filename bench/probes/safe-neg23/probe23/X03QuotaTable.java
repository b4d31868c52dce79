package probe23;

import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * Per-tenant request quotas parsed from a spec such as {@code "alpha=100,beta=250"}.
 * A rejected spec leaves the previous table in place. Not thread-safe.
 */
public final class X03QuotaTable {

    /** Tenant to requests per minute; null until a spec has been loaded, and after {@link #clear()}. */
    private TreeMap<String, Integer> quotas;
    private long totalLimit;

    public boolean load(String spec) {
        try {
            quotas = parse(spec);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected quota spec '" + spec + "': " + e.getMessage());
            return false;
        }
        totalLimit = 0;
        for (int limit : quotas.values()) {
            totalLimit += limit;
        }
        System.out.println("loaded " + quotas.size() + " quotas, total " + totalLimit);
        return true;
    }

    private static TreeMap<String, Integer> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty spec");
        }
        TreeMap<String, Integer> parsed = new TreeMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("missing '=' in " + part);
            }
            int limit = Integer.parseInt(part.substring(eq + 1).trim());
            if (limit < 0) {
                throw new IllegalArgumentException("negative limit in " + part);
            }
            parsed.put(part.substring(0, eq).trim(), limit);
        }
        return parsed;
    }

    public int limitFor(String tenant) {
        if (quotas == null || tenant == null) {
            return 0;
        }
        return quotas.getOrDefault(tenant, 0);
    }

    public NavigableSet<String> tenants() {
        if (quotas == null) {
            return Collections.emptyNavigableSet();
        }
        return Collections.unmodifiableNavigableSet(quotas.navigableKeySet());
    }

    public long totalLimit() {
        return totalLimit;
    }

    public void clear() {
        quotas = null;
        totalLimit = 0;
    }

    public static void main(String[] args) {
        X03QuotaTable table = new X03QuotaTable();
        System.out.println("before load: alpha=" + table.limitFor("alpha") + " tenants=" + table.tenants());
        table.load("alpha=x");
        table.load("");
        table.load("alpha=100, beta=250");
        table.load("gamma=-1");
        System.out.println("alpha=" + table.limitFor("alpha") + " beta=" + table.limitFor("beta")
                + " tenants=" + table.tenants() + " total=" + table.totalLimit());
        table.clear();
        System.out.println("after clear: beta=" + table.limitFor("beta") + " tenants=" + table.tenants()
                + " total=" + table.totalLimit());
        table.load("delta");
        System.out.println("still cleared: " + table.tenants());
    }
}
