package probe24;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HTTP client whose optional behaviours are switched on through an {@link EnumSet}.
 * The per-host request counters exist exactly while {@code METRICS} is in the set, so
 * the code asks the set rather than testing the map.
 */
public class Z36ClientFeatures {

    /** Optional client behaviours. */
    enum Feature { RETRIES, METRICS, COMPRESSION }

    private final EnumSet<Feature> enabled = EnumSet.noneOf(Feature.class);
    /** Host to request count; non-null exactly while METRICS is enabled. */
    private Map<String, Long> requestsPerHost;
    private int sent;

    public void enable(Feature feature) {
        if (enabled.add(feature) && feature == Feature.METRICS) {
            requestsPerHost = new TreeMap<>();
        }
    }

    public void disable(Feature feature) {
        if (enabled.remove(feature) && feature == Feature.METRICS) {
            requestsPerHost = null;
        }
    }

    /** Switches exactly the given features on. */
    public void configure(Set<Feature> features) {
        for (Feature f : Feature.values()) {
            if (features.contains(f)) {
                enable(f);
            } else {
                disable(f);
            }
        }
    }

    public String send(String host, String body) {
        int attempts = enabled.contains(Feature.RETRIES) ? 3 : 1;
        String payload = enabled.contains(Feature.COMPRESSION) ? "gzip(" + body.length() + ")" : body;
        for (int i = 0; i < attempts; i++) {
            sent++;
            if (enabled.contains(Feature.METRICS)) {
                requestsPerHost.merge(host, 1L, Long::sum);
            }
            if (!host.startsWith("flaky") || i == attempts - 1) {
                break;
            }
        }
        return host + " <- " + payload;
    }

    public long requests(String host) {
        return enabled.contains(Feature.METRICS) ? requestsPerHost.getOrDefault(host, 0L) : -1L;
    }

    public String report() {
        if (!enabled.contains(Feature.METRICS)) {
            return "metrics off";
        }
        return requestsPerHost.toString();
    }

    public static void main(String[] args) {
        Z36ClientFeatures client = new Z36ClientFeatures();
        System.out.println(client.send("api.example.org", "{}") + " " + client.requests("api.example.org") + " " + client.report());
        client.configure(EnumSet.of(Feature.METRICS, Feature.RETRIES));
        client.enable(Feature.METRICS);
        client.send("api.example.org", "{}");
        client.send("flaky.example.org", "{\"a\":1}");
        System.out.println(client.requests("flaky.example.org") + " " + client.report());
        client.configure(EnumSet.of(Feature.COMPRESSION));
        System.out.println(client.send("cdn.example.org", "hello") + " " + client.requests("cdn.example.org") + " " + client.report());
        client.disable(Feature.METRICS);
        System.out.println("sent=" + client.sent);
    }
}
