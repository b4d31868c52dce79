package probe18;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Chunked download task for a file-sync client, with pause/resume and failure handling. */
public final class N37DownloadTask {

    public enum State { CREATED, RUNNING, PAUSED, DONE, FAILED }

    private State state = State.CREATED;
    private Map<Integer, byte[]> chunks;

    public void start() {
        if (state != State.CREATED) {
            return;
        }
        chunks = new TreeMap<>();
        state = State.RUNNING;
    }

    public boolean receive(int index, byte[] data) {
        switch (state) {
            case RUNNING:
                chunks.put(index, data);
                return true;
            case PAUSED:
                return chunks.putIfAbsent(index, data) == null;
            default:
                return false;
        }
    }

    public void pause() {
        if (state == State.RUNNING) {
            state = State.PAUSED;
        }
    }

    public void resume() {
        if (state == State.PAUSED) {
            state = State.RUNNING;
        }
    }

    public int received() {
        return switch (state) {
            case RUNNING, PAUSED -> chunks.size();
            case CREATED, DONE, FAILED -> 0;
        };
    }

    public byte[] finish() {
        if (state != State.RUNNING && state != State.PAUSED) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.values().forEach(out::writeBytes);
        chunks = null;
        state = State.DONE;
        return out.toByteArray();
    }

    public void fail() {
        state = State.FAILED;
        chunks = null;
    }

    public State state() {
        return state;
    }

    public static void main(String[] args) {
        N37DownloadTask t = new N37DownloadTask();
        System.out.println(t.receive(0, new byte[1]) + " " + t.received() + " " + t.finish().length);
        t.start();
        t.receive(1, "world".getBytes(StandardCharsets.UTF_8));
        t.pause();
        t.receive(0, "hello ".getBytes(StandardCharsets.UTF_8));
        System.out.println("paused dup: " + t.receive(0, new byte[0]) + " received=" + t.received());
        t.resume();
        System.out.println(new String(t.finish(), StandardCharsets.UTF_8) + " " + t.state() + " " + t.received());
        t.start();
        System.out.println("finish twice: " + t.finish().length + " " + t.receive(5, new byte[2]));
        N37DownloadTask f = new N37DownloadTask();
        f.start();
        f.receive(0, new byte[3]);
        f.fail();
        f.resume();
        System.out.println(f.state() + " " + f.received() + " " + f.finish().length);
        f.fail();
    }
}
