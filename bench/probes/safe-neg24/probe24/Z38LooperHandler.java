package probe24;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * An Android-style message loop. The constructor enqueues MSG_INIT, which creates the
 * handler's state, as the first message; {@link #post} refuses MSG_INIT, so every other
 * message is dispatched after it. MSG_QUIT drops the state and stops the loop for good.
 */
public class Z38LooperHandler {

    private static final int MSG_INIT = 0;
    private static final int MSG_PUT = 1;
    private static final int MSG_REPORT = 2;
    private static final int MSG_QUIT = 3;

    private record Message(int what, String key, int value) { }

    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final List<String> reports = new ArrayList<>();
    /** Set by MSG_QUIT; once set no message is dispatched again. */
    private boolean quit;
    /** Handler state; created by MSG_INIT and dropped by MSG_QUIT. */
    private HashMap<String, Integer> counters;

    public Z38LooperHandler() {
        queue.add(new Message(MSG_INIT, null, 0));
    }

    /** Enqueues a message; returns false after quitting or for unknown codes. */
    public boolean post(int what, String key, int value) {
        if (quit || what < MSG_PUT || what > MSG_QUIT) {
            return false;
        }
        queue.add(new Message(what, key, value));
        return true;
    }

    /** Dispatches queued messages until the queue is empty or the loop has quit. */
    public void loop() {
        while (!quit) {
            Message m = queue.poll();
            if (m == null) {
                return;
            }
            dispatch(m);
        }
    }

    private void dispatch(Message m) {
        switch (m.what()) {
            case MSG_INIT -> counters = new HashMap<>();
            case MSG_PUT -> counters.merge(m.key(), m.value(), Integer::sum);
            case MSG_REPORT -> reports.add(new TreeMap<>(counters).toString());
            case MSG_QUIT -> {
                reports.add("quit with " + counters.size() + " counters");
                counters = null;
                quit = true;
                queue.clear();
            }
            default -> throw new IllegalArgumentException("unknown message " + m.what());
        }
    }

    public static void main(String[] args) {
        Z38LooperHandler handler = new Z38LooperHandler();
        System.out.println(handler.post(MSG_INIT, null, 0) + " " + handler.post(MSG_PUT, "clicks", 1));
        handler.post(MSG_PUT, "clicks", 2);
        handler.post(MSG_REPORT, null, 0);
        handler.loop();
        handler.post(MSG_PUT, "scrolls", 5);
        handler.post(MSG_REPORT, null, 0);
        handler.post(MSG_QUIT, null, 0);
        handler.post(MSG_REPORT, null, 0);
        handler.loop();
        System.out.println(handler.post(MSG_PUT, "late", 1) + " " + handler.post(42, null, 0));
        handler.loop();
        Z38LooperHandler idle = new Z38LooperHandler();
        idle.loop();
        idle.loop();
        handler.reports.forEach(System.out::println);
        System.out.println(idle.counters);
    }
}
