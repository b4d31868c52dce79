package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

public class J10ChatServer {

    interface MessageListener { void onMessage(String room, String from, String text); }

    record Client(String id) { }

    private final List<MessageListener> listeners = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();
    private Map<String, Integer> unread = new HashMap<>();
    private WeakHashMap<Client, String> nicknames;
    private boolean loggedIn = true;

    J10ChatServer() {
        listeners.add((room, from, text) -> unread.merge(room, 1, Integer::sum)); // BUG
        listeners.add((room, from, text) -> {
            if (loggedIn) {
                unread.putIfAbsent(room + "/mentions", 0);
                transcript.add(room + "/" + from + ": " + text);
            }
        });
    }

    void connect(Client c, String nick) {
        if (nicknames == null) {
            nicknames = new WeakHashMap<>();
        }
        nicknames.put(c, nick);
    }

    void deliver(String room, String from, String text) {
        listeners.forEach(l -> l.onMessage(room, from, text));
    }

    int unreadIn(String room) {
        return loggedIn ? unread.getOrDefault(room, 0) : 0;
    }

    void markRead(String room) {
        if (unread != null) {
            unread.remove(room);
        }
    }

    void logout() { loggedIn = false; unread = null; }

    void login() { loggedIn = true; unread = new HashMap<>(); }

    String status() {
        return loggedIn ? "online, " + unread.size() + " rooms unread" : "offline";
    }

    @Override
    public String toString() {
        return "ChatServer[unread=" + unread.size() + ", listeners=" + listeners.size() + "]"; // BUG
    }

    final class Room {
        final String name;
        final List<String> banner = new ArrayList<>();

        Room(String name) { this.name = name; }

        void announce(Client c) {
            banner.add(nicknames.get(c) + " joined " + name); // BUG
        }

        void announceReturning(Client c) {
            if (nicknames != null && nicknames.containsKey(c)) {
                banner.add(nicknames.get(c) + " is back in " + name);
            }
        }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J10ChatServer server = new J10ChatServer();
        Client ann = new Client("c-1");
        server.connect(ann, "ann");
        Room lobby = server.new Room("lobby");
        lobby.announce(ann);
        lobby.announceReturning(ann);
        server.deliver("lobby", "ann", "hello");
        server.deliver("lobby", "bob", "hi ann");
        assert server.unreadIn("lobby") == 2 && server.transcript.size() == 2;
        assert server.toString().equals("ChatServer[unread=2, listeners=2]");
        server.markRead("lobby");
        server.logout();
        server.markRead("lobby");
        assert server.unreadIn("lobby") == 0 && server.status().equals("offline");
        server.login();
        server.deliver("ops", "eve", "deploy done");
        assert server.status().equals("online, 2 rooms unread") && lobby.banner.size() == 2;
        J10ChatServer fresh = new J10ChatServer();
        Room quiet = fresh.new Room("quiet");
        quiet.announceReturning(ann);
        assert quiet.banner.isEmpty() && fresh.unreadIn("quiet") == 0;

        try {
            server.logout();
            server.deliver("ops", "eve", "rollback");
            missed(22);
        } catch (NullPointerException e) { report(e, 22); }
        try {
            server.toString();
            missed(62);
        } catch (NullPointerException e) { report(e, 62); }
        try {
            quiet.announce(ann);
            missed(72);
        } catch (NullPointerException e) { report(e, 72); }
    }

    private static final String FILE = "J10ChatServer.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
