package probe15p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class P09GameServer {
    static final class Protocol {
        static final Protocol LEGACY = new Protocol("v1", 512);
        static final Protocol CURRENT = new Protocol("v2", 4096);
        private static final Map<String, Protocol> BY_VERSION = new HashMap<>();

        final String version;
        final int maxPacket;

        private Protocol(String version, int maxPacket) {
            this.version = version;
            this.maxPacket = maxPacket;
            BY_VERSION.put(version, this); // BUG
        }

        static Protocol forVersion(String version) {
            Protocol protocol = BY_VERSION.get(version);
            if (protocol == null) throw new IllegalArgumentException("unsupported protocol " + version);
            return protocol;
        }
    }

    private Map<String, Set<String>> playersByRoom = new HashMap<>();
    private final Map<String, String> roomByPlayer = new HashMap<>();
    private boolean running = true;

    public void join(String player, String room) {
        if (!running) throw new IllegalStateException("server stopping");
        playersByRoom.computeIfAbsent(room, r -> new HashSet<>()).add(player);
        roomByPlayer.put(player, room);
    }

    public void onDisconnect(String player) {
        String room = roomByPlayer.remove(player);
        if (room == null) return;
        Set<String> members = playersByRoom.get(room); // BUG
        if (members != null && members.remove(player) && members.isEmpty()) {
            playersByRoom.remove(room);
        }
    }

    public List<String> broadcastTargets(String room) {
        if (!running) return List.of();
        return new ArrayList<>(playersByRoom.getOrDefault(room, Set.of()));
    }

    public void shutdown() {
        running = false;
        playersByRoom = null;
    }

    public static void main(String[] args) {
        P09GameServer server = new P09GameServer();
        server.join("p1", "lobby");
        server.join("p2", "lobby");
        server.onDisconnect("p2");
        server.onDisconnect("ghost");
        System.out.println(server.broadcastTargets("lobby"));
        server.shutdown();
        System.out.println(server.broadcastTargets("lobby"));
        prove(() -> server.onDisconnect("p1"));
        prove(() -> System.out.println(Protocol.forVersion("v2").maxPacket));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
