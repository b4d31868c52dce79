package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Netty-style handler pipeline. The name index is created with the first
 * handler and released again when the last handler is removed.
 */
public class B09ChannelPipeline {
    public interface Handler {
        void handle(StringBuilder msg);
    }

    static final class UpperCaseHandler implements Handler {
        @Override
        public void handle(StringBuilder msg) {
            String up = msg.toString().toUpperCase(java.util.Locale.ROOT);
            msg.setLength(0);
            msg.append(up);
        }
    }

    static final class FramingHandler implements Handler {
        @Override
        public void handle(StringBuilder msg) {
            msg.insert(0, '[').append(']');
        }
    }

    private final String channelId;
    private final List<String> order = new ArrayList<>();
    private Map<String, Handler> name2handler;        // null while the pipeline is empty
    private Map<Class<?>, Integer> nameCaches;        // generated-name counters, lazy

    public B09ChannelPipeline(String channelId) {
        this.channelId = channelId;
    }

    public B09ChannelPipeline addLast(String name, Handler handler) {
        String n = name != null ? name : generateName(handler);
        if (context(n) != null) {
            throw new IllegalArgumentException("Duplicate handler name: " + n);
        }
        if (name2handler == null) {
            name2handler = new HashMap<>();
        }
        name2handler.put(n, handler);
        order.add(n);
        return this;
    }

    private String generateName(Handler handler) {
        if (nameCaches == null) {
            nameCaches = new HashMap<>();
        }
        Class<?> type = handler.getClass();
        int i = nameCaches.merge(type, 1, Integer::sum) - 1;
        String candidate = type.getSimpleName() + "#" + i;
        while (context(candidate) != null) {
            candidate = type.getSimpleName() + "#" + ++i;
        }
        return candidate;
    }

    public Handler context(String name) {
        return name2handler == null ? null : name2handler.get(name);
    }

    public Handler remove(String name) {
        if (name2handler == null || !name2handler.containsKey(name)) {
            return null;
        }
        Handler removed = name2handler.remove(name);
        order.remove(name);
        if (name2handler.isEmpty()) {
            name2handler = null;
        }
        return removed;
    }

    public List<String> names() {
        return name2handler == null ? List.of() : List.copyOf(order);
    }

    public String fireChannelRead(String msg) {
        if (name2handler == null) {
            return msg;
        }
        StringBuilder sb = new StringBuilder(msg);
        for (String n : List.copyOf(order)) {
            Handler h = context(n); // a handler may have removed others
            if (h != null) {
                h.handle(sb);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Pipeline(" + channelId + ")" + names();
    }

    public static void main(String[] args) {
        B09ChannelPipeline p = new B09ChannelPipeline("0xcafe");
        System.out.println(p.fireChannelRead("ping") + " " + p.remove("x") + " " + p.context("x") + " " + p);
        p.addLast("upper", new UpperCaseHandler()).addLast(null, new FramingHandler()).addLast(null, new FramingHandler());
        System.out.println(p + " -> " + p.fireChannelRead("ping"));
        p.addLast("selfRemoving", msg -> {
            p.remove("upper");
            msg.append('!');
        });
        System.out.println(p.fireChannelRead("pong") + " " + p);
        for (String n : p.names()) {
            p.remove(n);
        }
        System.out.println(p + " " + p.fireChannelRead("bye"));
        p.addLast(null, new FramingHandler());
        System.out.println(p + " " + p.fireChannelRead("again"));
    }
}
