package probe27;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A servlet-style component whose init parameters only exist between init() and destroy(),
 * plus the tiny container that drives that lifecycle.
 */
public class F01MiniServletContainer {

    /** Stand-in for javax.servlet.ServletConfig. */
    public static final class ServletConfig {
        private final String servletName;
        private final Map<String, String> params;

        public ServletConfig(String servletName, Map<String, String> params) {
            this.servletName = servletName;
            this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public String getServletName() { return servletName; }
        public Map<String, String> getInitParameters() { return params; }
    }

    /** Servlet whose configuration is only available while it is in service. */
    public static final class GreetingServlet {
        private Map<String, String> initParams; // null before init() and after destroy()
        private String name = "<unnamed>";
        private int served;

        public void init(ServletConfig config) {
            if (initParams != null) {
                throw new IllegalStateException("init() called twice for " + name);
            }
            name = config.getServletName();
            initParams = new HashMap<>(config.getInitParameters());
        }

        public String service(String path, Map<String, String> query) {
            Map<String, String> params = initParams;
            if (params == null) {
                throw new IllegalStateException("servlet " + name + " is not in service");
            }
            served++;
            String greeting = params.getOrDefault("greeting", "Hello");
            String who = query.getOrDefault("name", params.getOrDefault("defaultName", "world"));
            return greeting + ", " + who + " [" + path + "]";
        }

        public String getInitParameter(String key) {
            return initParams == null ? null : initParams.get(key);
        }

        public boolean isAvailable() { return initParams != null; }
        public int getServed() { return served; }
        public void destroy() { initParams = null; }
    }

    private final Map<String, GreetingServlet> mappings = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();

    public void deploy(String path, GreetingServlet servlet, ServletConfig config) {
        servlet.init(config);
        mappings.put(path, servlet);
        log.add("deployed " + config.getServletName() + " at " + path);
    }

    public String dispatch(String path, Map<String, String> query) {
        GreetingServlet servlet = mappings.get(path);
        if (servlet == null || !servlet.isAvailable()) {
            return "404 " + path;
        }
        return servlet.service(path, query);
    }

    public void undeploy(String path) {
        GreetingServlet servlet = mappings.remove(path);
        if (servlet != null) {
            servlet.destroy();
            log.add("undeployed " + path);
        }
    }

    public void shutdown() {
        mappings.values().forEach(GreetingServlet::destroy);
        mappings.clear();
        log.add("shutdown");
    }

    public List<String> getLog() { return Collections.unmodifiableList(log); }

    public static void main(String[] args) {
        GreetingServlet raw = new GreetingServlet();
        assert !raw.isAvailable();
        assert raw.getInitParameter("greeting") == null;
        boolean rejected = false;
        try {
            raw.service("/x", Map.of());
        } catch (IllegalStateException expected) {
            rejected = true;
        }
        assert rejected;

        F01MiniServletContainer container = new F01MiniServletContainer();
        GreetingServlet hello = new GreetingServlet();
        container.deploy("/hello", hello, new ServletConfig("hello", Map.of("greeting", "Hi", "defaultName", "there")));
        assert "Hi".equals(hello.getInitParameter("greeting"));
        assert container.dispatch("/hello", Map.of()).equals("Hi, there [/hello]");
        assert container.dispatch("/hello", Map.of("name", "Ann")).equals("Hi, Ann [/hello]");
        assert container.dispatch("/missing", Map.of()).equals("404 /missing");
        assert hello.getServed() == 2;

        boolean doubleInit = false;
        try {
            hello.init(new ServletConfig("again", Map.of()));
        } catch (IllegalStateException expected) {
            doubleInit = true;
        }
        assert doubleInit;

        hello.destroy(); // destroyed behind the container's back
        assert container.dispatch("/hello", Map.of()).equals("404 /hello");
        container.undeploy("/hello");
        container.undeploy("/hello");
        GreetingServlet other = new GreetingServlet();
        container.deploy("/other", other, new ServletConfig("other", Map.of()));
        assert container.dispatch("/other", Map.of()).equals("Hello, world [/other]");
        container.shutdown();
        assert !other.isAvailable() && other.getInitParameter("greeting") == null;
        assert container.getLog().size() == 4 : container.getLog();
        System.out.println("F01 ok");
    }
}
