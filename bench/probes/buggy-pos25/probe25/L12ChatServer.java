package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

public class L12ChatServer {

    interface MessageListener {
        void onMessage(String room, String from, String text);
    }

    private Map<String, List<String>> rooms = new HashMap<>();
    private Hashtable<String, Integer> history = new Hashtable<>();
    private final List<MessageListener> listeners = new ArrayList<>();
    private final List<ClientHandler> clients = new ArrayList<>();
    private boolean running = true;

    public L12ChatServer() {
        listeners.add(new MessageListener() {
            @Override
            public void onMessage(String room, String from, String text) {
                history.merge(room, 1, Integer::sum);
            }
        });
        listeners.add((room, from, text) -> {
            if (running) {
                rooms.computeIfAbsent(room, r -> new ArrayList<>()).add(from + ": " + text);
            }
        });
    }

    public final class ClientHandler {
        private final String nick;
        private String room = "lobby";

        ClientHandler(String nick) {
            this.nick = nick;
        }

        public void join(String roomName) {
            room = roomName;
            rooms.computeIfAbsent(roomName, r -> new ArrayList<>());
        }

        public void say(String text) {
            for (MessageListener l : listeners) {
                l.onMessage(room, nick, text);
            }
        }

        public int backlog() {
            if (!running) {
                return 0;
            }
            List<String> lines = rooms.get(room);
            return lines == null ? 0 : lines.size();
        }
    }

    public ClientHandler accept(String nick) {
        ClientHandler h = new ClientHandler(nick);
        clients.add(h);
        return h;
    }

    public String stats() {
        if (!running) {
            return "stopped";
        }
        StringBuilder sb = new StringBuilder("clients=" + clients.size());
        for (Map.Entry<String, List<String>> e : rooms.entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(e.getValue().size());
        }
        return sb.toString();
    }

    public int messagesIn(String room) {
        Hashtable<String, Integer> h = history;
        return h == null ? 0 : h.getOrDefault(room, 0);
    }

    public void shutdown() {
        running = false;
        rooms = null;
        history = null;
        clients.clear();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L12ChatServer.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L12ChatServer server = new L12ChatServer();
        ClientHandler ann = server.accept("ann");
        ClientHandler bob = server.accept("bob");
        ann.join("java");
        bob.join("java");
        ann.say("hi");
        bob.say("hello");
        bob.join("random");
        bob.say("anyone?");
        System.out.println(server.stats() + " java=" + server.messagesIn("java") + " backlog=" + ann.backlog());
        server.shutdown();
        System.out.println(server.stats() + " java=" + server.messagesIn("java") + " backlog=" + ann.backlog());

        expectNpe(45, () -> ann.join("ops"));
        expectNpe(25, () -> bob.say("still there?"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
