package probe27;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feature-flag SDK client: polls a flag service with ETags, evaluates flags with
 * per-tenant overrides and A/B variants (similar to LaunchDarkly/Unleash clients).
 */
public class BA16FeatureFlagClient {
    /** Returns the flag document, or null when the server answers 304 Not Modified. */
    interface FlagSource {
        String fetch(String etag);
    }

    private final FlagSource source;
    private final Map<String, Map<String, Boolean>> tenantOverrides = new ConcurrentHashMap<>();
    private final Map<String, String> variants;
    private volatile Map<String, Boolean> flags = Map.of();
    private String etag = "";

    public BA16FeatureFlagClient(FlagSource source) {
        this(source, null);
    }

    public BA16FeatureFlagClient(FlagSource source, Map<String, String> variants) {
        this.source = source;
        this.variants = variants;
    }

    static Map<String, Boolean> parse(String body) {
        if (body == null) {
            return null;
        }
        Map<String, Boolean> parsed = new HashMap<>();
        for (String part : body.split(";")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=");
                parsed.put(kv[0].strip(), Boolean.parseBoolean(kv[1].strip()));
            }
        }
        return parsed;
    }

    public void refresh() {
        String body = source.fetch(etag);
        flags = parse(body);
        if (body != null) {
            etag = Integer.toHexString(body.hashCode());
        }
    }

    public int knownFlags() {
        Map<String, Boolean> current = flags;
        return current == null ? 0 : current.size();
    }

    public boolean isEnabled(String flag) {
        return flags.getOrDefault(flag, Boolean.FALSE);
    }

    public boolean isEnabled(String tenant, String flag) {
        Map<String, Boolean> overrides = tenantOverrides.get(tenant);
        if (overrides != null && overrides.containsKey(flag)) {
            return overrides.get(flag);
        }
        return isEnabled(flag);
    }

    public void override(String tenant, String flag, boolean value) {
        tenantOverrides.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>()).put(flag, value);
    }

    public void clearOverride(String tenant, String flag) {
        tenantOverrides.get(tenant).remove(flag);
    }

    public boolean hasVariants() {
        return variants != null && !variants.isEmpty();
    }

    public String variant(String experiment) {
        return variants.getOrDefault(experiment, "control");
    }

    public static void main(String[] args) {
        int[] calls = {0};
        FlagSource server = etag -> calls[0]++ == 0 ? "newCheckout=true;darkMode=false" : null;
        BA16FeatureFlagClient client = new BA16FeatureFlagClient(server, Map.of("pricing", "B"));
        System.out.println("before refresh: newCheckout=" + client.isEnabled("newCheckout"));
        client.refresh();
        System.out.println("newCheckout=" + client.isEnabled("newCheckout") + " darkMode=" + client.isEnabled("darkMode")
                + " flags=" + client.knownFlags());
        client.override("acme", "darkMode", true);
        System.out.println("acme darkMode=" + client.isEnabled("acme", "darkMode") + " other=" + client.isEnabled("globex", "darkMode"));
        client.clearOverride("acme", "darkMode");
        System.out.println("pricing variant " + client.variant("pricing") + ", hasVariants " + client.hasVariants());
        BA16FeatureFlagClient simple = new BA16FeatureFlagClient(etag -> "beta=true");
        simple.refresh();
        System.out.println("simple beta=" + simple.isEnabled("beta") + " hasVariants=" + simple.hasVariants());
        client.refresh();
        System.out.println("after 304 flags=" + client.knownFlags());

        expectNpe(60, () -> client.isEnabled("newCheckout"));
        expectNpe(76, () -> simple.clearOverride("initech", "beta"));
        expectNpe(84, () -> simple.variant("pricing"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA16FeatureFlagClient.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
