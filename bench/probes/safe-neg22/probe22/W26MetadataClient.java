package probe22;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service-discovery client code. {@code ServiceInstance.getMetadata()} returns the raw field, which
 * is null for instances registered without metadata; callers write the classic
 * {@code if (x.getMetadata() != null && x.getMetadata().get(..) ...)} double-getter check.
 */
public class W26MetadataClient {

    /** A discovered instance; instances are not shared between threads while being mutated. */
    public static final class ServiceInstance {
        private final String instanceId;
        private final String host;
        private Map<String, String> metadata; // null when registered without metadata

        public ServiceInstance(String instanceId, String host) {
            this.instanceId = instanceId;
            this.host = host;
        }

        public String getInstanceId() {
            return instanceId;
        }

        public String getHost() {
            return host;
        }

        public Map<String, String> getMetadata() {
            return metadata;
        }

        public void setMetadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new HashMap<>(metadata);
        }

        public void putMetadata(String key, String value) {
            if (metadata == null) {
                metadata = new HashMap<>();
            }
            metadata.put(key, value);
        }
    }

    /** Zone-aware instance chooser in the style of a client-side load balancer. */
    public static final class ZonePreferenceFilter {
        private final String localZone;

        public ZonePreferenceFilter(String localZone) {
            this.localZone = localZone;
        }

        static String zoneOf(ServiceInstance instance) {
            if (instance.getMetadata() != null && instance.getMetadata().containsKey("zone")) {
                return instance.getMetadata().get("zone");
            }
            return "default";
        }

        static int weightOf(ServiceInstance instance) {
            if (instance.getMetadata() == null) {
                return 100;
            }
            String w = instance.getMetadata().get("weight");
            return w == null ? 100 : Integer.parseInt(w);
        }

        public List<ServiceInstance> filter(List<ServiceInstance> all) {
            List<ServiceInstance> local = new ArrayList<>();
            for (ServiceInstance si : all) {
                if (localZone.equals(zoneOf(si)) && weightOf(si) > 0) {
                    local.add(si);
                }
            }
            return local.isEmpty() ? all : local;
        }
    }

    public static void main(String[] args) {
        ServiceInstance a = new ServiceInstance("orders-1", "10.0.0.1");
        ServiceInstance b = new ServiceInstance("orders-2", "10.0.1.1");
        ServiceInstance c = new ServiceInstance("orders-3", "10.0.2.1");
        b.setMetadata(Map.of("zone", "eu-1a", "weight", "50"));
        c.putMetadata("zone", "eu-1a");
        c.putMetadata("weight", "0");

        ZonePreferenceFilter filter = new ZonePreferenceFilter("eu-1a");
        for (ServiceInstance si : filter.filter(List.of(a, b, c))) {
            System.out.println(si.getInstanceId() + " zone=" + ZonePreferenceFilter.zoneOf(si) + " w=" + ZonePreferenceFilter.weightOf(si));
        }
        b.setMetadata(null);
        List<ServiceInstance> fallback = filter.filter(List.of(a, b));
        System.out.println(fallback.size() + " " + ZonePreferenceFilter.zoneOf(b) + " " + ZonePreferenceFilter.weightOf(a));
    }
}
