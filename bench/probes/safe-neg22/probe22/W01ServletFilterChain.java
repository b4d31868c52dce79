package probe22;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Servlet-style path rewriting filter. The container calls {@code init}, then
 * {@code doFilter} any number of times, then {@code destroy}. Before {@code init}, when no
 * rewrite rules were configured, and after {@code destroy} the filter simply passes requests on.
 */
public class W01ServletFilterChain {

    /** Minimal stand-in for {@code javax.servlet.FilterConfig}. */
    public interface FilterConfig {
        String getFilterName();

        /** May return null when the deployment descriptor declares no init-params. */
        Map<String, String> getInitParameters();
    }

    /** Minimal stand-in for {@code javax.servlet.FilterChain}. */
    public interface FilterChain {
        String proceed(String path);
    }

    /**
     * The rewriting filter. Instances are confined to the container thread that drives them;
     * they are not meant to be shared between threads.
     */
    public static final class RewriteFilter {
        private static final String PREFIX = "rewrite.";

        private Map<String, String> rewrites; // null = pass-through mode
        private String filterName = "unnamed";

        public void init(FilterConfig config) {
            filterName = config.getFilterName();
            Map<String, String> params = config.getInitParameters();
            rewrites = null;
            if (params == null || params.isEmpty()) {
                return;
            }
            Map<String, String> rules = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : params.entrySet()) {
                if (e.getKey().startsWith(PREFIX) && e.getValue() != null) {
                    rules.put("/" + e.getKey().substring(PREFIX.length()), e.getValue());
                }
            }
            if (!rules.isEmpty()) {
                rewrites = rules;
            }
        }

        public String doFilter(String path, FilterChain chain) {
            if (rewrites == null) {
                return chain.proceed(path);
            }
            String target = rewrites.get(path);
            return chain.proceed(target != null ? target : path);
        }

        public int ruleCount() {
            if (rewrites == null) {
                return 0;
            }
            return rewrites.size();
        }

        public String describe() {
            if (rewrites == null) {
                return filterName + " (pass-through)";
            }
            return filterName + " " + rewrites.keySet();
        }

        public void destroy() {
            rewrites = null;
        }
    }

    private static FilterConfig config(String name, Map<String, String> params) {
        return new FilterConfig() {
            @Override
            public String getFilterName() {
                return name;
            }

            @Override
            public Map<String, String> getInitParameters() {
                return params;
            }
        };
    }

    public static void main(String[] args) {
        RewriteFilter filter = new RewriteFilter();
        FilterChain echo = path -> "served " + path;

        System.out.println(filter.doFilter("/old", echo) + " rules=" + filter.ruleCount());
        filter.init(config("empty", null));
        System.out.println(filter.describe() + " -> " + filter.doFilter("/old", echo));

        filter.init(config("legacy", Map.of("rewrite.old", "/new", "timeout", "30")));
        System.out.println(filter.describe() + " -> " + filter.doFilter("/old", echo));
        System.out.println(filter.doFilter("/other", echo) + " rules=" + filter.ruleCount());

        filter.destroy();
        System.out.println(filter.describe() + " -> " + filter.doFilter("/old", echo) + " rules=" + filter.ruleCount());
    }
}
