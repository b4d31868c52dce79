package probe20;

import java.util.HashMap;
import java.util.Map;

public class S30LedgerValidator {
    static final class LedgerClosedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LedgerClosedException(String msg) {
            super(msg);
        }
    }

    private Map<String, Long> balances;
    private Map<String, String> owners;

    private void requireOpen() {
        if (balances == null || owners == null) {
            throw new LedgerClosedException("ledger is closed");
        }
    }

    private static void requirePositive(long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + cents);
        }
    }

    public void open() {
        balances = new HashMap<>();
        owners = new HashMap<>();
    }

    public void close() {
        balances = null;
        owners = null;
    }

    public void createAccount(String id, String owner) {
        requireOpen();
        owners.put(id, owner);
        balances.put(id, 0L);
    }

    public void deposit(String id, long cents) {
        requirePositive(cents);
        requireOpen();
        balances.merge(id, cents, Long::sum);
    }

    public void transfer(String from, String to, long cents) {
        requireOpen();
        requirePositive(cents);
        long available = balances.getOrDefault(from, 0L);
        if (available < cents) {
            throw new IllegalArgumentException("insufficient funds in " + from);
        }
        balances.put(from, available - cents);
        balances.merge(to, cents, Long::sum);
    }

    public String statement(String id) {
        requireOpen();
        return owners.getOrDefault(id, "?") + ": " + balances.getOrDefault(id, 0L);
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (LedgerClosedException | IllegalArgumentException e) {
            System.out.println(label + " rejected: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        S30LedgerValidator l = new S30LedgerValidator();
        attempt("deposit-closed", () -> l.deposit("A", 100));
        attempt("deposit-negative-closed", () -> l.deposit("A", -5));
        l.open();
        attempt("create A", () -> l.createAccount("A", "alice"));
        attempt("create B", () -> l.createAccount("B", "bob"));
        attempt("deposit", () -> l.deposit("A", 5_000));
        attempt("transfer", () -> l.transfer("A", "B", 1_250));
        attempt("overdraw", () -> l.transfer("B", "A", 9_999));
        System.out.println(l.statement("A") + " | " + l.statement("B"));
        l.close();
        attempt("statement-closed", () -> System.out.println(l.statement("A")));
        attempt("transfer-closed", () -> l.transfer("A", "B", 1));
    }
}
