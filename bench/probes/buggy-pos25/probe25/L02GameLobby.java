package probe25;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public class L02GameLobby {

    interface ConnectionEvents {
        void onJoin(String player, int rating);

        void onLeave(String player);
    }

    private final List<ConnectionEvents> listeners = new ArrayList<>();
    private final List<String> outbox = new ArrayList<>();
    private ConcurrentHashMap<String, Integer> players = new ConcurrentHashMap<>();
    private ConcurrentMap<String, Integer> scores;
    private boolean matchRunning;

    public L02GameLobby() {
        listeners.add(new ConnectionEvents() {
            @Override
            public void onJoin(String player, int rating) {
                players.put(player, rating);
            }

            @Override
            public void onLeave(String player) {
                ConcurrentHashMap<String, Integer> current = players;
                if (current != null) {
                    current.remove(player);
                }
            }
        });
    }

    public void connect(String player, int rating) {
        for (ConnectionEvents l : listeners) {
            l.onJoin(player, rating);
        }
    }

    public void disconnect(String player) {
        for (ConnectionEvents l : listeners) {
            l.onLeave(player);
        }
    }

    public void startMatch() {
        scores = new ConcurrentHashMap<>();
        matchRunning = true;
    }

    public void recordScore(String player, int points) {
        scores.merge(player, points, Integer::sum);
    }

    public List<String> leaderboard() {
        List<String> rows = new ArrayList<>();
        if (matchRunning) {
            scores.forEach((p, s) -> rows.add(p + ":" + s));
        }
        rows.sort(null);
        return rows;
    }

    public void broadcast(String message) {
        for (String p : players.keySet()) {
            outbox.add(p + " <- " + message);
        }
    }

    public int online() {
        return players == null ? 0 : players.size();
    }

    public void kick(String player) {
        ConcurrentHashMap<String, Integer> current = players;
        if (current != null && current.remove(player) != null) {
            outbox.add("kicked " + player);
        }
    }

    public void shutdown() {
        matchRunning = false;
        scores = null;
        players = null;
        outbox.clear();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L02GameLobby.java";
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
        L02GameLobby lobby = new L02GameLobby();
        lobby.connect("ann", 1200);
        lobby.connect("bob", 1350);
        lobby.connect("cid", 990);
        System.out.println("before match: " + lobby.leaderboard());
        lobby.startMatch();
        lobby.recordScore("ann", 3);
        lobby.recordScore("bob", 5);
        lobby.recordScore("ann", 4);
        lobby.broadcast("round 1");
        lobby.kick("cid");
        lobby.disconnect("bob");
        System.out.println(lobby.leaderboard() + " online=" + lobby.online() + " outbox=" + lobby.outbox.size());
        lobby.shutdown();
        lobby.disconnect("ann");
        lobby.kick("ann");
        System.out.println("after shutdown: " + lobby.leaderboard() + " online=" + lobby.online());

        expectNpe(26, () -> lobby.connect("late", 1000));
        expectNpe(70, () -> lobby.broadcast("server closing"));
        expectNpe(57, () -> new L02GameLobby().recordScore("early", 1));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
