package probe28;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * P2P client peer table with round-robin selection. Invariant: the join-order
 * list is non-empty exactly when the address map exists. Readers test only
 * order.isEmpty() before touching the map.
 */
public class H33PeerTable {
    private final List<String> order = new ArrayList<>();
    private HashMap<String, String> peers; // peer id -> address; null whenever order is empty
    private int cursor;
    private int churn;

    public void join(String peerId, String address) {
        if (address == null) {
            throw new IllegalArgumentException("address required");
        }
        if (peers == null) {
            peers = new HashMap<>();
        }
        if (!peers.containsKey(peerId)) {
            order.add(peerId);
        }
        peers.put(peerId, address);
        churn++;
    }

    public boolean leave(String peerId) {
        if (order.isEmpty()) {
            return false;
        }
        boolean removed = order.remove(peerId);
        if (removed) {
            peers.remove(peerId);
            churn++;
            if (order.isEmpty()) {
                peers = null;
                cursor = 0;
            }
        }
        return removed;
    }

    public String addressOf(String peerId) {
        if (order.isEmpty()) {
            return null;
        }
        return peers.get(peerId);
    }

    public Optional<String> nextPeer() {
        if (order.isEmpty()) {
            return Optional.empty();
        }
        String id = order.get(cursor % order.size());
        cursor++;
        return Optional.of(id + "@" + peers.get(id));
    }

    public int size() {
        return order.isEmpty() ? 0 : peers.size();
    }

    public void disconnectAll() {
        order.clear();
        peers = null;
        cursor = 0;
    }

    public int churn() {
        return churn;
    }

    public static void main(String[] args) {
        H33PeerTable t = new H33PeerTable();
        assert t.addressOf("p1") == null;
        assert t.nextPeer().isEmpty();
        assert !t.leave("p1");
        assert t.size() == 0;
        t.join("p1", "10.0.0.1:6881");
        t.join("p2", "10.0.0.2:6881");
        t.join("p1", "10.0.0.9:6881");
        assert t.size() == 2;
        assert t.nextPeer().orElseThrow().equals("p1@10.0.0.9:6881");
        assert t.nextPeer().orElseThrow().equals("p2@10.0.0.2:6881");
        assert t.nextPeer().orElseThrow().startsWith("p1@");
        assert !t.leave("p3");
        assert t.leave("p1");
        assert t.leave("p2");
        assert t.size() == 0;
        assert t.addressOf("p2") == null;
        t.join("p4", "10.0.0.4:1");
        assert "10.0.0.4:1".equals(t.addressOf("p4"));
        t.disconnectAll();
        assert t.nextPeer().isEmpty();
        boolean rejected = false;
        try {
            t.join("p5", null);
        } catch (IllegalArgumentException e) {
            rejected = true;
        }
        assert rejected;
        assert t.size() == 0;
        assert t.churn() == 6 : t.churn();
        System.out.println("churn=" + t.churn());
    }
}
