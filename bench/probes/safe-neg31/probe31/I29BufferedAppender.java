package probe31;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Log appender that coalesces repeated messages. start() installs both the buffer and a flush
 * callback (a lambda over the buffer field); stop() removes both. Callers only see the callback.
 */
public final class I29BufferedAppender {
    private final int batchSize;
    private final List<String> sink = new ArrayList<>();
    private LinkedHashMap<String, Integer> pending; // message -> repeat count; installed together with flushAction
    private Runnable flushAction;                   // null while stopped

    public I29BufferedAppender(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.batchSize = batchSize;
    }

    public void start() {
        if (flushAction != null) {
            return;
        }
        pending = new LinkedHashMap<>();
        flushAction = () -> {
            pending.forEach((msg, n) -> sink.add(n == 1 ? msg : msg + " (x" + n + ")"));
            pending.clear();
        };
    }

    public boolean append(String message) {
        if (flushAction == null) {
            return false;
        }
        pending.merge(message, 1, Integer::sum);
        if (pending.size() >= batchSize) {
            flush();
        }
        return true;
    }

    public void flush() {
        Runnable action = flushAction;
        if (action != null) {
            action.run();
        }
    }

    public void stop() {
        flush();
        flushAction = null;
        pending = null;
    }

    public int buffered() {
        return flushAction == null ? 0 : pending.size();
    }

    public List<String> written() {
        return List.copyOf(sink);
    }

    public static void main(String[] args) {
        I29BufferedAppender appender = new I29BufferedAppender(2);
        appender.flush();
        appender.stop();
        if (appender.append("lost") || appender.buffered() != 0) throw new AssertionError("stopped appender");
        appender.start();
        appender.start();
        appender.append("disk full");
        appender.append("disk full");
        appender.append("disk full");
        if (appender.buffered() != 1) throw new AssertionError("coalesced");
        appender.append("retrying"); // reaches the batch size -> flush
        if (!appender.written().equals(List.of("disk full (x3)", "retrying"))) throw new AssertionError(appender.written().toString());
        appender.append("shutting down");
        appender.stop(); // flushes remaining
        appender.stop();
        appender.flush();
        appender.start();
        appender.append("restarted");
        appender.flush();
        try {
            new I29BufferedAppender(0);
            throw new AssertionError("zero batch");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I29 " + appender.written() + " buffered=" + appender.buffered());
    }
}
