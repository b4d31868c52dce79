package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Netty-style channel context; an ATTRS bit in the flags word records whether the attribute map exists. */
public class SD33ChannelContext {
    private static final int OPEN = 1;
    private static final int ATTRS = 1 << 1;     // set exactly while attrs != null
    private static final int WRITABLE = 1 << 2;

    private int flags;
    private Map<String, Object> attrs; // created on the first attr() write, dropped by close()

    public void open() {
        flags = OPEN | WRITABLE;
    }

    public void attr(String key, Object value) {
        if ((flags & OPEN) == 0) {
            throw new IllegalStateException("channel not open");
        }
        if ((flags & ATTRS) == 0) {
            attrs = new HashMap<>();
            flags |= ATTRS;
        }
        attrs.put(key, value);
    }

    public Object attr(String key) {
        return (flags & ATTRS) != 0 ? attrs.get(key) : null;
    }

    public int attrCount() {
        if ((flags & ATTRS) == 0) {
            return 0;
        }
        return attrs.size();
    }

    public void setWritable(boolean writable) {
        if ((flags & OPEN) == 0) {
            throw new IllegalStateException("channel not open");
        }
        flags = writable ? flags | WRITABLE : flags & ~WRITABLE;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append((flags & OPEN) != 0 ? "open" : "closed");
        if ((flags & WRITABLE) != 0) {
            sb.append(",writable");
        }
        if ((flags & ATTRS) != 0) {
            sb.append(",attrs=").append(attrs.keySet().stream().sorted().toList());
        }
        return sb.toString();
    }

    public void close() {
        flags = 0;
        attrs = null;
    }

    private static void exerciseClosed(SD33ChannelContext ch) {
        check("closed".equals(ch.describe()), ch.describe());
        check(ch.attr("user") == null && ch.attrCount() == 0, "no attributes");
        expect(IllegalStateException.class, () -> ch.attr("user", "x"));
        expect(IllegalStateException.class, () -> ch.setWritable(false));
        ch.close();
    }

    public static void main(String[] args) {
        SD33ChannelContext ch = new SD33ChannelContext();
        exerciseClosed(ch);

        ch.open();
        check("open,writable".equals(ch.describe()), "opened without attributes");
        check(ch.attr("user") == null && ch.attrCount() == 0, "open but no map yet");
        ch.setWritable(false);
        ch.attr("user", "alice");
        ch.attr("codec", "gzip");
        check("alice".equals(ch.attr("user")) && ch.attrCount() == 2, "attributes");
        check("open,attrs=[codec, user]".equals(ch.describe()), ch.describe());
        ch.setWritable(true);
        check(ch.describe().startsWith("open,writable,attrs="), "writable again");

        ch.close();
        exerciseClosed(ch);
        ch.close();
        exerciseClosed(ch);

        ch.open();
        check(ch.attrCount() == 0 && ch.attr("user") == null, "reopened without stale attributes");
        ch.attr("trace", 7);
        ch.setWritable(false);
        ch.setWritable(true);
        check(Integer.valueOf(7).equals(ch.attr("trace")) && ch.attrCount() == 1, "recreated");
        check("open,writable,attrs=[trace]".equals(ch.describe()), ch.describe());
        ch.close();
        exerciseClosed(ch);
        System.out.println("SD33ChannelContext ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
