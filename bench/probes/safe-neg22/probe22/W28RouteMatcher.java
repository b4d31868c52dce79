package probe22;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spring-MVC-like request mapping condition. A null constraint map means "no constraint", so the
 * matching methods are written as {@code constraint == null || constraint....}.
 */
public class W28RouteMatcher {

    /** Mapping info is configured once, then only read. */
    public static final class RequestMappingInfo {
        private final String pattern;
        private Map<String, String> requiredParams;  // null = any parameters
        private Map<String, String> requiredHeaders; // null = any headers

        public RequestMappingInfo(String pattern) {
            this.pattern = pattern;
        }

        public RequestMappingInfo param(String name, String value) {
            if (requiredParams == null) {
                requiredParams = new LinkedHashMap<>();
            }
            requiredParams.put(name, value);
            return this;
        }

        public RequestMappingInfo header(String name, String value) {
            if (requiredHeaders == null) {
                requiredHeaders = new LinkedHashMap<>();
            }
            requiredHeaders.put(name == null ? null : name.toLowerCase(), value);
            return this;
        }

        public RequestMappingInfo clearConditions() {
            requiredParams = null;
            requiredHeaders = null;
            return this;
        }

        public boolean matches(String path, Map<String, String> params, Map<String, String> headers) {
            return pattern.equals(path)
                    && paramsMatch(params == null ? Collections.emptyMap() : params)
                    && headersMatch(headers == null ? Collections.emptyMap() : headers);
        }

        private boolean paramsMatch(Map<String, String> actual) {
            return requiredParams == null
                    || requiredParams.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), actual.get(e.getKey())));
        }

        private boolean headersMatch(Map<String, String> actual) {
            if (requiredHeaders == null || requiredHeaders.isEmpty()) {
                return true;
            }
            Map<String, String> lower = new LinkedHashMap<>();
            actual.forEach((k, v) -> lower.put(k == null ? null : k.toLowerCase(), v));
            return requiredHeaders.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), lower.get(e.getKey())));
        }

        /** More conditions = more specific = preferred. */
        public int specificity() {
            return (requiredParams == null ? 0 : requiredParams.size())
                    + (requiredHeaders == null ? 0 : requiredHeaders.size());
        }

        @Override
        public String toString() {
            return pattern + (requiredParams == null ? "" : " params" + requiredParams)
                    + (requiredHeaders == null ? "" : " headers" + requiredHeaders);
        }
    }

    static RequestMappingInfo select(List<RequestMappingInfo> mappings, String path, Map<String, String> params,
            Map<String, String> headers) {
        RequestMappingInfo best = null;
        for (RequestMappingInfo m : mappings) {
            if (m.matches(path, params, headers) && (best == null || m.specificity() > best.specificity())) {
                best = m;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        RequestMappingInfo any = new RequestMappingInfo("/orders");
        RequestMappingInfo v2 = new RequestMappingInfo("/orders").header("X-Api-Version", "2");
        RequestMappingInfo csv = new RequestMappingInfo("/orders").param("format", "csv").header("x-api-version", "2");
        List<RequestMappingInfo> all = List.of(any, v2, csv);

        System.out.println(select(all, "/orders", Map.of(), Map.of()));
        System.out.println(select(all, "/orders", Map.of(), Map.of("X-API-VERSION", "2")));
        System.out.println(select(all, "/orders", Map.of("format", "csv"), Map.of("X-Api-Version", "2")));
        System.out.println(select(all, "/users", Map.of(), Map.of()));

        csv.clearConditions();
        System.out.println(csv + " specificity=" + csv.specificity() + " matches=" + csv.matches("/orders", Map.of(), Map.of()));
    }
}
