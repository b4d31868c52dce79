package probe18p;

import java.util.HashMap;
import java.util.Map;

/** Servlet-filter chain that records per-session attributes on each request. */
public class V08SessionAttributeFilter {

    static final class Session {
        final String id;
        Map<String, Object> attributes;

        private Session(String id, Map<String, Object> attributes) {
            this.id = id;
            this.attributes = attributes;
        }

        static Session authenticated(String id, String user) {
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("user", user);
            return new Session(id, attrs);
        }

        /** Cheap session for unauthenticated traffic; attributes are allocated on login. */
        static Session anonymous(String id) {
            return new Session(id, null);
        }
    }

    static final class Request {
        final String path;
        final Session session;

        Request(String path, Session session) {
            this.path = path;
            this.session = session;
        }
    }

    interface Filter {
        void doFilter(Request request);
    }

    static final class LastSeenFilter implements Filter {
        @Override
        public void doFilter(Request request) {
            request.session.attributes.put("lastSeen", request.path); // BUG
        }
    }

    static final class CsrfFilter implements Filter {
        @Override
        public void doFilter(Request request) {
            Session s = request.session;
            if (s.attributes != null && !s.attributes.containsKey("csrf")) {
                s.attributes.put("csrf", Integer.toHexString(s.id.hashCode()));
            }
        }
    }

    static final class AuditFilter implements Filter {
        final StringBuilder log = new StringBuilder();

        @Override
        public void doFilter(Request request) {
            Object user = request.session.attributes.get("user"); // BUG
            log.append(user == null ? "anonymous" : user).append(' ').append(request.path).append('\n');
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V08SessionAttributeFilter.java:" + line;
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
        if (top != null && "V08SessionAttributeFilter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Session alice = Session.authenticated("s-1", "alice");
        Request r = new Request("/orders", alice);
        AuditFilter audit = new AuditFilter();
        for (Filter f : new Filter[] {new CsrfFilter(), new LastSeenFilter(), audit}) {
            f.doFilter(r);
        }
        System.out.print(audit.log + "attrs=" + alice.attributes.size() + "\n");
        new CsrfFilter().doFilter(new Request("/login", Session.anonymous("s-2")));

        prove(47, () -> new LastSeenFilter().doFilter(new Request("/health", Session.anonymous("s-3"))));
        prove(66, () -> new AuditFilter().doFilter(new Request("/public/faq", Session.anonymous("s-4"))));
    }
}
