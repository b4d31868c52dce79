package probe20;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class S27PacketReassembler {
    private boolean assembling;
    private TreeMap<Integer, String> fragments;
    private int expectedCount;
    private final List<String> delivered = new ArrayList<>();

    public void onPacket(String packet) {
        String[] parts = packet.split("\\|", 4);
        String kind = parts[0];
        switch (kind) {
            case "BEGIN" -> {
                expectedCount = Integer.parseInt(parts[1]);
                fragments = new TreeMap<>();
                assembling = true;
            }
            case "FRAG" -> {
                if (!assembling) {
                    System.out.println("dropping stray fragment " + parts[1]);
                    return;
                }
                fragments.put(Integer.parseInt(parts[1]), parts[2]);
                if (fragments.size() == expectedCount) {
                    finish();
                }
            }
            case "ABORT" -> {
                assembling = false;
                fragments = null;
            }
            default -> System.out.println("unknown packet " + kind);
        }
    }

    private void finish() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> e : fragments.entrySet()) {
            sb.append(e.getValue());
        }
        delivered.add(sb.toString());
        assembling = false;
        fragments = null;
    }

    public int pendingFragments() {
        return assembling ? fragments.size() : 0;
    }

    public static void main(String[] args) {
        S27PacketReassembler r = new S27PacketReassembler();
        r.onPacket("FRAG|0|lost");
        System.out.println("pending=" + r.pendingFragments());
        r.onPacket("BEGIN|3");
        r.onPacket("FRAG|2|ld!");
        r.onPacket("FRAG|0|hel");
        System.out.println("pending=" + r.pendingFragments());
        r.onPacket("FRAG|1|lo-wor");
        System.out.println("pending=" + r.pendingFragments());
        r.onPacket("FRAG|3|late");
        r.onPacket("BEGIN|2");
        r.onPacket("FRAG|0|xx");
        r.onPacket("ABORT");
        r.onPacket("FRAG|1|yy");
        r.onPacket("PING");
        r.onPacket("BEGIN|1");
        r.onPacket("FRAG|0|single");
        System.out.println("delivered=" + r.delivered + " pending=" + r.pendingFragments());
    }
}
