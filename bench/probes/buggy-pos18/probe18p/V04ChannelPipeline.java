package probe18p;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Netty-style handler pipeline with an optional reverse (handler -> name) index. */
public class V04ChannelPipeline {

    interface ChannelHandler {
        Object handle(Object msg);
    }

    private final LinkedHashMap<String, ChannelHandler> byName = new LinkedHashMap<>();
    private IdentityHashMap<ChannelHandler, String> names;

    /** Only needed by handlers that look themselves up; costs an extra map otherwise. */
    public V04ChannelPipeline enableReverseLookup() {
        names = new IdentityHashMap<>();
        for (Map.Entry<String, ChannelHandler> e : byName.entrySet()) {
            names.put(e.getValue(), e.getKey());
        }
        return this;
    }

    public V04ChannelPipeline addLast(String name, ChannelHandler handler) {
        if (byName.putIfAbsent(name, handler) != null) {
            throw new IllegalArgumentException("duplicate handler name: " + name);
        }
        if (names != null) {
            names.put(handler, name);
        }
        return this;
    }

    public String nameOf(ChannelHandler handler) {
        if (byName.isEmpty()) {
            return null;
        }
        return names.get(handler); // BUG
    }

    public ChannelHandler remove(String name) {
        ChannelHandler removed = byName.remove(name);
        if (removed != null) {
            names.remove(removed); // BUG
        }
        return removed;
    }

    public Object fireRead(Object msg) {
        Object current = msg;
        for (ChannelHandler h : byName.values()) {
            current = h.handle(current);
        }
        return current;
    }

    public List<String> handlerNames() {
        return new ArrayList<>(byName.keySet());
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V04ChannelPipeline.java:" + line;
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
        if (top != null && "V04ChannelPipeline.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        ChannelHandler decoder = m -> m.toString().trim();
        ChannelHandler upper = m -> m.toString().toUpperCase(java.util.Locale.ROOT);
        V04ChannelPipeline p = new V04ChannelPipeline().enableReverseLookup();
        p.addLast("decoder", decoder).addLast("upper", upper);
        System.out.println(p.fireRead("  ping ") + " " + p.nameOf(upper) + " removed=" + (p.remove("upper") == upper));
        System.out.println(new V04ChannelPipeline().nameOf(decoder) + " " + new V04ChannelPipeline().remove("x"));

        prove(42, () -> {
            V04ChannelPipeline plain = new V04ChannelPipeline().addLast("decoder", decoder);
            plain.nameOf(decoder);
        });
        prove(48, () -> {
            V04ChannelPipeline plain = new V04ChannelPipeline().addLast("decoder", decoder).addLast("upper", upper);
            plain.remove("upper");
            System.out.println(plain.handlerNames());
        });
    }
}
