package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Double-entry style payment ledger with FX conversion, holds and settlements. */
public final class BE10PaymentLedger implements Cloneable {

    private static final String FILE = "BE10PaymentLedger.java";

    record Settlement(String id, long amount, Map<String, Long> fees) {
        static Settlement gross(String id, long amount) {
            return new Settlement(id, amount, null);
        }

        long totalFees() {
            long total = 0;
            for (long f : fees.values()) {
                total += f;
            }
            return total;
        }

        long net() {
            return fees == null ? amount : amount - totalFees();
        }
    }

    private final Map<String, Long> fxRates;
    private Map<String, Long> balances = new HashMap<>();
    private Map<String, List<String>> holds = new HashMap<>();
    private final List<Settlement> settlements = new ArrayList<>();

    BE10PaymentLedger(Optional<Map<String, Long>> rates) {
        this.fxRates = rates.orElse(null);
    }

    boolean hasFx() {
        return fxRates != null;
    }

    long convert(String currency, long cents) {
        return cents * fxRates.getOrDefault(currency, 1L);
    }

    void credit(String account, String currency, long cents) {
        long amount = hasFx() ? convert(currency, cents) : cents;
        balances.merge(account, amount, Long::sum);
    }

    void placeHold(String account, String reference) {
        holds.computeIfAbsent(account, a -> new ArrayList<>()).add(reference);
    }

    int holdCount(String account) {
        Map<String, List<String>> h = holds;
        if (h == null) {
            return 0;
        }
        return h.getOrDefault(account, List.of()).size();
    }

    void settle(Settlement s) {
        settlements.add(s);
        balances.merge("settled", s.net(), Long::sum);
    }

    long feeReport() {
        long total = 0;
        for (Settlement s : settlements) {
            total += s.totalFees();
        }
        return total;
    }

    @Override
    public BE10PaymentLedger clone() {
        try {
            BE10PaymentLedger copy = (BE10PaymentLedger) super.clone();
            copy.balances = new HashMap<>(balances);
            copy.holds = null;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    public static void main(String[] args) {
        BE10PaymentLedger ledger = new BE10PaymentLedger(Optional.of(Map.of("EUR", 2L)));
        ledger.credit("alice", "EUR", 100L);
        ledger.credit("bob", "USD", 50L);
        ledger.placeHold("alice", "auth-1");
        ledger.settle(new Settlement("s1", 1_000L, Map.of("card", 30L, "fx", 5L)));
        System.out.println(ledger.balances + " holds=" + ledger.holdCount("alice") + " fees=" + ledger.feeReport());
        BE10PaymentLedger local = new BE10PaymentLedger(Optional.empty());
        local.credit("carol", "EUR", 70L);
        local.settle(Settlement.gross("s2", 500L));
        System.out.println(local.balances + " fx=" + local.hasFx());
        BE10PaymentLedger snapshot = ledger.clone();
        System.out.println("clone " + snapshot.balances + " holds=" + snapshot.holdCount("alice"));

        try {
            System.out.println(local.feeReport());
            miss(21);
        } catch (NullPointerException e) {
            expect(e, 21);
        }
        try {
            System.out.println(local.convert("EUR", 10L));
            miss(46);
        } catch (NullPointerException e) {
            expect(e, 46);
        }
        try {
            snapshot.placeHold("bob", "auth-2");
            miss(55);
        } catch (NullPointerException e) {
            expect(e, 55);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
