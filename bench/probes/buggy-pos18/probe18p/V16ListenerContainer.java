package probe18p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A tiny application context: beans are initialised in order and all destroyed if one fails. */
public class V16ListenerContainer {

    interface Lifecycle {
        void afterPropertiesSet() throws Exception;

        void destroy();
    }

    static final class KafkaListenerBean implements Lifecycle {
        private Map<String, List<String>> subscriptions;
        final List<String> log = new ArrayList<>();

        @Override
        public void afterPropertiesSet() {
            subscriptions = new HashMap<>();
            subscriptions.put("orders", new ArrayList<>(List.of("order-listener")));
        }

        @Override
        public void destroy() {
            for (String topic : subscriptions.keySet()) { // BUG
                log.add("unsubscribe " + topic);
            }
        }
    }

    static final class CacheBean implements Lifecycle {
        private ConcurrentMap<String, Object> entries;

        @Override
        public void afterPropertiesSet() {
            entries = new ConcurrentHashMap<>();
        }

        @Override
        public void destroy() {
            entries.clear(); // BUG
        }
    }

    static final class HealthBean implements Lifecycle {
        private Map<String, String> status;
        private final boolean failOnStart;

        HealthBean(boolean failOnStart) {
            this.failOnStart = failOnStart;
        }

        @Override
        public void afterPropertiesSet() throws Exception {
            if (failOnStart) {
                throw new Exception("health endpoint port already in use");
            }
            status = new HashMap<>(Map.of("db", "UP"));
        }

        @Override
        public void destroy() {
            if (status != null) {
                status.clear();
            }
        }
    }

    private final List<Lifecycle> beans = new ArrayList<>();

    V16ListenerContainer register(Lifecycle bean) {
        beans.add(bean);
        return this;
    }

    /** On failure every registered bean is destroyed, in reverse order, and the error rethrown. */
    void refresh() throws Exception {
        try {
            for (Lifecycle b : beans) {
                b.afterPropertiesSet();
            }
        } catch (Exception e) {
            for (int i = beans.size() - 1; i >= 0; i--) {
                beans.get(i).destroy();
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V16ListenerContainer.java:" + line;
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
        if (top != null && "V16ListenerContainer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) throws Exception {
        KafkaListenerBean listener = new KafkaListenerBean();
        V16ListenerContainer ctx = new V16ListenerContainer().register(new HealthBean(false)).register(new CacheBean())
                .register(listener);
        ctx.refresh();
        listener.destroy();
        System.out.println(listener.log);
        try {
            new V16ListenerContainer().register(new HealthBean(true)).refresh();
        } catch (Exception e) {
            System.out.println("startup failed cleanly: " + e.getMessage());
        }

        prove(31, () -> new V16ListenerContainer().register(new HealthBean(true)).register(new KafkaListenerBean())
                .refresh());
        prove(47, () -> new V16ListenerContainer().register(new HealthBean(true)).register(new CacheBean())
                .refresh());
    }
}
