package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

public class S31DeviceShadow {
    enum Link { OFFLINE, CONNECTED, SYNCING }

    private Link link = Link.OFFLINE;
    private Map<String, String> reported;
    private Map<String, String> desired;
    private int syncs;

    public void connect() {
        reported = new HashMap<>();
        desired = new HashMap<>();
        link = Link.CONNECTED;
    }

    public void disconnect() {
        link = Link.OFFLINE;
        reported = null;
        desired = null;
    }

    public String report(String key, String value) {
        switch (link) {
            case OFFLINE:
                return "queued-offline";
            case CONNECTED:
            case SYNCING:
                reported.put(key, value);
                return "ok";
            default:
                throw new AssertionError(link);
        }
    }

    public void desire(String key, String value) {
        if (link == Link.OFFLINE) {
            return;
        }
        desired.put(key, value);
    }

    public Map<String, String> delta() {
        return switch (link) {
            case OFFLINE -> Map.of();
            case CONNECTED, SYNCING -> {
                Map<String, String> d = new TreeMap<>();
                desired.forEach((k, v) -> {
                    if (!v.equals(reported.get(k))) {
                        d.put(k, v);
                    }
                });
                yield d;
            }
        };
    }

    public void sync() {
        if (link != Link.CONNECTED) {
            return;
        }
        link = Link.SYNCING;
        try {
            reported.putAll(delta());
            syncs++;
        } finally {
            link = Link.CONNECTED;
        }
    }

    public static void main(String[] args) {
        S31DeviceShadow shadow = new S31DeviceShadow();
        System.out.println(shadow.report("temp", "21") + " delta=" + shadow.delta());
        shadow.desire("led", "on");
        shadow.sync();
        shadow.connect();
        System.out.println(shadow.report("led", "off") + " " + shadow.report("fw", "1.2"));
        shadow.desire("led", "on");
        shadow.desire("fw", "1.2");
        shadow.desire("interval", "30");
        System.out.println("delta=" + shadow.delta());
        shadow.sync();
        System.out.println("delta after sync=" + shadow.delta() + " syncs=" + shadow.syncs);
        shadow.disconnect();
        System.out.println(shadow.report("led", "off") + " delta=" + shadow.delta());
        shadow.sync();
        System.out.println("syncs=" + shadow.syncs + " link=" + shadow.link);
    }
}
