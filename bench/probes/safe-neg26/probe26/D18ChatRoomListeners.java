package probe26;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Message bus of a chat server. Listener lists are kept per room in a table that is created
 * by the first subscription and dropped when the last listener leaves or on shutdown.
 */
public final class D18ChatRoomListeners {

    public interface MessageListener {
        void onMessage(String room, String from, String text);
    }

    private static final int HISTORY = 5;

    private Map<String, List<MessageListener>> listenersByRoom; // null while nobody is subscribed
    private final Deque<String> history = new ArrayDeque<>();

    public Runnable subscribe(String room, MessageListener l) {
        if (listenersByRoom == null) {
            listenersByRoom = new HashMap<>();
        }
        listenersByRoom.computeIfAbsent(room, r -> new CopyOnWriteArrayList<>()).add(l);
        return () -> unsubscribe(room, l);
    }

    public boolean unsubscribe(String room, MessageListener l) {
        Map<String, List<MessageListener>> table = listenersByRoom;
        if (table == null) {
            return false;
        }
        List<MessageListener> ls = table.get(room);
        if (ls == null || !ls.remove(l)) {
            return false;
        }
        if (ls.isEmpty()) {
            table.remove(room);
        }
        if (table.isEmpty() && listenersByRoom == table) {
            listenersByRoom = null;
        }
        return true;
    }

    public int publish(String room, String from, String text) {
        history.addLast(room + "/" + from + ": " + text);
        while (history.size() > HISTORY) {
            history.removeFirst();
        }
        if (listenersByRoom == null) {
            return 0;
        }
        List<MessageListener> ls = listenersByRoom.get(room);
        if (ls == null) {
            return 0;
        }
        int delivered = 0;
        for (MessageListener l : ls) {
            l.onMessage(room, from, text);
            delivered++;
        }
        return delivered;
    }

    public int roomCount() {
        return listenersByRoom == null ? 0 : listenersByRoom.size();
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    public void shutdown() {
        listenersByRoom = null;
        history.clear();
    }

    public static void main(String[] args) {
        D18ChatRoomListeners bus = new D18ChatRoomListeners();
        System.out.println(bus.publish("general", "sys", "boot") + " " + bus.roomCount() + " " + bus.unsubscribe("general", (r, f, t) -> { }));
        Runnable cancelLogger = bus.subscribe("general", new MessageListener() {
            private int seen;

            @Override
            public void onMessage(String room, String from, String text) {
                seen++;
                System.out.println("[log #" + seen + "] " + room + " " + from + ": " + text);
            }
        });
        MessageListener[] once = new MessageListener[1];
        once[0] = (room, from, text) -> bus.unsubscribe(room, once[0]);
        bus.subscribe("general", once[0]);
        bus.subscribe("ops", (room, from, text) -> bus.shutdown());
        System.out.println(bus.publish("general", "ann", "hi") + " " + bus.publish("general", "bob", "yo") + " rooms=" + bus.roomCount());
        System.out.println(bus.unsubscribe("nope", once[0]) + " " + bus.unsubscribe("general", once[0]));
        cancelLogger.run();
        System.out.println("rooms=" + bus.roomCount() + " " + bus.publish("ops", "cron", "restart") + " rooms=" + bus.roomCount());
        System.out.println(bus.history() + " " + bus.publish("general", "x", "y"));
        cancelLogger.run();
    }
}
