package probe38;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Channel multiplexer over one transport connection (SSH/HTTP2 style). The
 * channel table exists only while connected; every operation that needs it
 * starts with {@code if (channels == null) throw new IllegalStateException}.
 * Single-threaded (driven by the connection's I/O thread).
 */
public final class SH09ChannelMux {

    private Map<Integer, StringBuilder> channels; // created by connect(), dropped by disconnect()
    private int nextChannel;
    private final List<String> wire = new ArrayList<>();

    public void connect() {
        if (channels != null) {
            throw new IllegalStateException("already connected");
        }
        channels = new TreeMap<>();
        nextChannel = 1;
    }

    public void disconnect() {
        channels = null;
    }

    public int openChannel() {
        if (channels == null) {
            throw new IllegalStateException("not connected");
        }
        int id = nextChannel++;
        channels.put(id, new StringBuilder());
        return id;
    }

    public void write(int channel, String data) {
        if (data == null) {
            throw new IllegalArgumentException("data");
        }
        if (channels == null) {
            throw new IllegalStateException("not connected");
        }
        StringBuilder buffer = channels.get(channel);
        if (buffer == null) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        buffer.append(data);
    }

    public String flush(int channel) {
        if (channels == null) {
            throw new IllegalStateException("not connected");
        }
        StringBuilder buffer = channels.get(channel);
        if (buffer == null) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        String frame = channel + ":" + buffer;
        buffer.setLength(0);
        wire.add(frame);
        return frame;
    }

    public void closeChannel(int channel) {
        if (channels == null) {
            throw new IllegalStateException("not connected");
        }
        if (channels.remove(channel) == null) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
    }

    public int openChannels() {
        if (channels == null) {
            throw new IllegalStateException("not connected");
        }
        return channels.size();
    }

    public List<String> wire() {
        return List.copyOf(wire);
    }

    public static void main(String[] args) {
        SH09ChannelMux mux = new SH09ChannelMux();
        // phase 1: before the map exists
        expect(IllegalStateException.class, mux::openChannel);
        expect(IllegalStateException.class, () -> mux.write(1, "x"));
        expect(IllegalStateException.class, () -> mux.flush(1));
        expect(IllegalStateException.class, mux::openChannels);
        // phase 2: while it exists
        mux.connect();
        expect(IllegalStateException.class, mux::connect);
        int a = mux.openChannel();
        int b = mux.openChannel();
        mux.write(a, "hello ");
        mux.write(a, "world");
        mux.write(b, "ping");
        check("1:hello world".equals(mux.flush(a)) && "2:ping".equals(mux.flush(b)), "frames");
        expect(IllegalArgumentException.class, () -> mux.write(9, "x"));
        mux.closeChannel(b);
        check(mux.openChannels() == 1, "one open");
        // phase 3: after it is dropped (twice)
        mux.disconnect();
        mux.disconnect();
        expect(IllegalStateException.class, () -> mux.write(a, "late"));
        expect(IllegalStateException.class, () -> mux.closeChannel(a));
        expect(IllegalStateException.class, mux::openChannels);
        // phase 4: created again
        mux.connect();
        int c = mux.openChannel();
        mux.write(c, "again");
        check(c == 1 && "1:again".equals(mux.flush(c)) && mux.openChannels() == 1, "reconnected");
        System.out.println("SH09ChannelMux OK " + mux.wire());
    }

    private static void expect(Class<? extends Throwable> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw t;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
