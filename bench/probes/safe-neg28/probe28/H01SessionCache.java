package probe28;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Backend session cache for one cluster node. The token map is created lazily
 * by a private getter and dropped entirely when the node is drained.
 */
public class H01SessionCache {
    private final String nodeName;
    private final long ttlMillis;
    private Map<String, Long> sessions; // null until first use and after drain()
    private int opened;
    private int expired;

    public H01SessionCache(String nodeName, long ttlMillis) {
        this.nodeName = nodeName;
        this.ttlMillis = ttlMillis;
    }

    private Map<String, Long> sessions() {
        if (sessions == null) {
            sessions = new HashMap<>();
        }
        return sessions;
    }

    public void open(String token, long now) {
        sessions().put(token, now + ttlMillis);
        opened++;
    }

    public boolean isValid(String token, long now) {
        Long deadline = sessions().get(token);
        return deadline != null && deadline > now;
    }

    public int expire(long now) {
        int removed = 0;
        Iterator<Map.Entry<String, Long>> it = sessions().entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() <= now) {
                it.remove();
                removed++;
            }
        }
        expired += removed;
        return removed;
    }

    public Optional<Long> deadlineOf(String token) {
        return Optional.ofNullable(sessions().get(token));
    }

    public void touch(String token, long now) {
        Map<String, Long> s = sessions();
        if (s.containsKey(token)) {
            s.put(token, now + ttlMillis);
        }
    }

    public int activeCount() {
        return sessions == null ? 0 : sessions.size();
    }

    public void drain() {
        sessions = null;
    }

    public String describe() {
        return nodeName + ": opened=" + opened + " expired=" + expired + " active=" + activeCount();
    }

    public static void main(String[] args) {
        H01SessionCache c = new H01SessionCache("node-1", 1000);
        assert c.activeCount() == 0;
        c.drain();
        assert !c.isValid("x", 0);
        c.drain();
        assert c.expire(5) == 0;
        c.drain();
        assert c.deadlineOf("a").isEmpty();
        c.drain();
        c.touch("a", 10);
        c.open("a", 0);
        c.open("b", 500);
        assert c.isValid("a", 999);
        assert !c.isValid("a", 1000);
        assert c.deadlineOf("b").orElse(-1L) == 1500L;
        c.touch("b", 600);
        assert c.deadlineOf("b").orElse(-1L) == 1600L;
        assert c.expire(1200) == 1;
        assert c.activeCount() == 1;
        c.drain();
        assert c.activeCount() == 0;
        assert c.describe().equals("node-1: opened=2 expired=1 active=0") : c.describe();
        System.out.println(c.describe());
    }
}
