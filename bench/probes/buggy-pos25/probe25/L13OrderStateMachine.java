package probe25;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

public class L13OrderStateMachine {

    enum Channel { WEB, STORE, PHONE }
    enum Status { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }

    private final String orderId;
    private Status status = Status.NEW;
    private Map<String, Integer> discounts;
    private EnumMap<Status, Long> timeline;
    private SortedMap<Long, String> notes;
    private String archived = "";
    private long clock;

    public L13OrderStateMachine(String orderId, Channel channel) {
        this.orderId = orderId;
        switch (channel) {
            case WEB:
                discounts = new HashMap<>();
                discounts.put("WELCOME", 10);
                timeline = new EnumMap<>(Status.class);
                break;
            case STORE:
                discounts = new TreeMap<>();
                discounts.put("LOYALTY", 5);
                timeline = new EnumMap<>(Status.class);
                break;
            case PHONE:
                timeline = new EnumMap<>(Status.class);
                break;
            default:
                throw new IllegalArgumentException("channel " + channel);
        }
        timeline.put(Status.NEW, clock);
    }

    public int priceAfter(int cents, String code) {
        int pct = discounts.getOrDefault(code, 0);
        return cents - cents * pct / 100;
    }

    public void advance(Status next) {
        clock++;
        switch (next) {
            case PAID -> status = next;
            case SHIPPED -> {
                status = next;
                notes = new TreeMap<>();
                notes.put(clock, "label printed");
            }
            case DELIVERED -> {
                status = next;
                notes.put(clock, "handed over");
            }
            case CANCELLED -> status = next;
            default -> throw new IllegalStateException("cannot move to " + next);
        }
        timeline.put(next, clock);
    }

    public void annotate(String text) {
        if (notes == null) {
            notes = new TreeMap<>();
        }
        notes.put(++clock, text);
    }

    public long timeOf(Status s) {
        if (timeline == null) {
            return -1;
        }
        Long t = timeline.get(s);
        return t == null ? -1 : t;
    }

    public void archive() {
        if (timeline == null) {
            return;
        }
        StringBuilder sb = new StringBuilder(orderId).append(':');
        timeline.forEach((s, t) -> sb.append(' ').append(s).append('@').append(t));
        archived = sb.toString();
        timeline = null;
    }

    public String summary() {
        String text = notes == null ? "" : String.join("; ", notes.values());
        return orderId + " " + status + " notes=[" + text + "] " + archived;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L13OrderStateMachine.java";
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
        L13OrderStateMachine web = new L13OrderStateMachine("o-1", Channel.WEB);
        web.advance(Status.PAID);
        web.advance(Status.SHIPPED);
        web.advance(Status.DELIVERED);
        web.annotate("left at door");
        System.out.println(web.summary() + " shippedAt=" + web.timeOf(Status.SHIPPED)
                + " price=" + web.priceAfter(2000, "WELCOME"));
        web.archive();
        web.archive();
        System.out.println(web.summary() + " after archive=" + web.timeOf(Status.SHIPPED));
        L13OrderStateMachine store = new L13OrderStateMachine("o-2", Channel.STORE);
        store.annotate("gift wrap");
        store.advance(Status.PAID);
        System.out.println(store.summary() + " price=" + store.priceAfter(1000, "LOYALTY"));
        L13OrderStateMachine phone = new L13OrderStateMachine("o-3", Channel.PHONE);
        phone.advance(Status.PAID);
        System.out.println(phone.summary() + " paidAt=" + phone.timeOf(Status.PAID));

        expectNpe(45, () -> phone.priceAfter(1000, "WELCOME"));
        expectNpe(60, () -> phone.advance(Status.DELIVERED));
        expectNpe(65, () -> web.advance(Status.CANCELLED));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
