package probe19b;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Gossip membership view with a heartbeat-based failure detector. */
public class Y20ClusterMembership {

    record Member(String node, String address) { }

    private volatile Map<String, Member> members;
    private volatile Map<String, Long> heartbeats;

    void join(List<Member> seed) {
        Map<String, Member> m = new ConcurrentHashMap<>();
        seed.forEach(x -> m.put(x.node(), x));
        members = m;
        heartbeats = new ConcurrentHashMap<>();
    }

    /** Leaves the cluster; heartbeat timestamps are kept so the failure detector can drain. */
    void leave() {
        members = null;
    }

    int size() {
        return Optional.ofNullable(members).map(Map::size).orElse(0);
    }

    void onHeartbeat(String node, long now) {
        if (heartbeats == null) {
            return; // not joined yet
        }
        heartbeats.put(node, now);
        Member m = members.get(node); // BUG
        if (m == null) {
            System.out.println("heartbeat from unknown node " + node);
        }
    }

    /** Failure detector tick: drops nodes silent for longer than the timeout. */
    List<String> expire(long now, long timeoutMs) {
        if (members == null && heartbeats == null) {
            return List.of();
        }
        List<String> dead = new ArrayList<>();
        for (Map.Entry<String, Long> e : heartbeats.entrySet()) {
            if (now - e.getValue() > timeoutMs) {
                dead.add(e.getKey());
            }
        }
        for (String node : dead) {
            heartbeats.remove(node);
            members.remove(node); // BUG
        }
        return dead;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y20ClusterMembership.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y20ClusterMembership.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Y20ClusterMembership view = new Y20ClusterMembership();
        view.onHeartbeat("n1", 0);
        System.out.println("before join size=" + view.size() + " expired=" + view.expire(0, 10));
        view.join(List.of(new Member("n1", "10.0.0.1"), new Member("n2", "10.0.0.2")));
        view.onHeartbeat("n1", 100);
        view.onHeartbeat("n2", 105);
        view.onHeartbeat("n3", 110);
        System.out.println("expired=" + view.expire(5_000, 1_000) + " size=" + view.size());

        prove(38, () -> {
            Y20ClusterMembership v = new Y20ClusterMembership();
            v.join(List.of(new Member("n1", "10.0.0.1")));
            v.leave();
            v.onHeartbeat("n1", 200);
        });
        prove(57, () -> {
            Y20ClusterMembership v = new Y20ClusterMembership();
            v.join(List.of(new Member("n1", "10.0.0.1")));
            v.onHeartbeat("n1", 100);
            v.leave();
            System.out.println(v.expire(9_000, 1_000));
        });
    }
}
