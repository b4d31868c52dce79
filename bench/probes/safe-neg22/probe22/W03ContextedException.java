package probe22;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Commons-Lang style exception that carries labelled context values. Most exceptions never get
 * any context, so the map is only allocated by the first {@code addContextValue} call.
 */
public class W03ContextedException {

    public static class ContextedRuntimeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private LinkedHashMap<String, String> context; // null until context is added

        public ContextedRuntimeException(String message) {
            super(message);
        }

        public ContextedRuntimeException(String message, Throwable cause) {
            super(message, cause);
        }

        public ContextedRuntimeException addContextValue(String label, Object value) {
            if (context == null) {
                context = new LinkedHashMap<>();
            }
            context.put(label, String.valueOf(value));
            return this;
        }

        public String getFirstContextValue(String label) {
            return context == null ? null : context.get(label);
        }

        public Set<String> getContextLabels() {
            if (context == null) {
                return Collections.emptySet();
            }
            return Collections.unmodifiableSet(context.keySet());
        }

        public ContextedRuntimeException clearContext() {
            context = null;
            return this;
        }

        @Override
        public String getMessage() {
            String base = super.getMessage();
            if (context == null || context.isEmpty()) {
                return base;
            }
            StringBuilder sb = new StringBuilder(base == null ? "" : base);
            sb.append(System.lineSeparator()).append("Exception Context:");
            int i = 1;
            for (Map.Entry<String, String> e : context.entrySet()) {
                sb.append(System.lineSeparator())
                  .append("\t[").append(i++).append(':').append(e.getKey()).append('=').append(e.getValue()).append(']');
            }
            sb.append(System.lineSeparator()).append("---------------------------------");
            return sb.toString();
        }
    }

    static ContextedRuntimeException failTransfer(String from, String to, long cents) {
        ContextedRuntimeException ex = new ContextedRuntimeException("transfer rejected");
        if (cents > 1_000_00) {
            ex.addContextValue("from", from).addContextValue("to", to).addContextValue("amount", cents);
        }
        return ex;
    }

    public static void main(String[] args) {
        ContextedRuntimeException plain = failTransfer("acc-1", "acc-2", 500);
        System.out.println(plain.getMessage() + " labels=" + plain.getContextLabels()
                + " from=" + plain.getFirstContextValue("from"));

        ContextedRuntimeException rich = failTransfer("acc-1", "acc-9", 5_000_00);
        System.out.println(rich.getMessage());
        System.out.println("from=" + rich.getFirstContextValue("from"));

        ContextedRuntimeException wrapped = new ContextedRuntimeException("batch failed", rich);
        System.out.println(wrapped.getMessage() + " cause=" + wrapped.getCause().getClass().getSimpleName());

        rich.clearContext();
        System.out.println(rich.getMessage() + " labels=" + rich.getContextLabels());
        System.out.println(rich.addContextValue("retry", true).getFirstContextValue("retry"));
    }
}
