package probe20b;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * General ledger of account balances. {@link #archive()} moves the balances to
 * cold storage and drops the in-memory table.
 */
public class A05Ledger {

    private static final String FILE = "A05Ledger.java";

    private TreeMap<String, BigDecimal> balances = new TreeMap<>();
    private boolean archived;

    public void post(String account, BigDecimal amount) {
        if (archived) {
            throw new IllegalStateException("ledger archived");
        }
        balances.merge(account, amount, BigDecimal::add);
    }

    public void archive() {
        balances = null;
        archived = true;
    }

    private List<String> accountsSnapshot() {
        return archived ? List.of() : new ArrayList<>(balances.keySet());
    }

    /** Account names; stops early when the ledger gets archived. */
    public Iterator<String> accounts() {
        return new Iterator<String>() {
            private final List<String> keys = accountsSnapshot();
            private int i;

            @Override public boolean hasNext() {
                return !archived && i < keys.size();
            }

            @Override public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String k = keys.get(i++);
                return k + " (" + balances.get(k).signum() + ")";
            }
        };
    }

    /** "account=balance" lines for the statement printer. */
    public Iterator<String> statementLines() {
        return new Iterator<String>() {
            private final List<String> keys = accountsSnapshot();
            private int i;

            @Override public boolean hasNext() {
                return i < keys.size();
            }

            @Override public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String k = keys.get(i++);
                return k + "=" + balances.get(k).toPlainString(); // BUG
            }
        };
    }

    /** Overdrawn accounts, evaluated when the caller consumes the stream. */
    public Stream<String> overdrawn() {
        return accountsSnapshot().stream()
                .filter(k -> balances.get(k).signum() < 0); // BUG
    }

    /** Overdrawn accounts, evaluated immediately. */
    public List<String> overdrawnNow() {
        return accountsSnapshot().stream()
                .filter(k -> balances.get(k).signum() < 0).toList();
    }

    public static void main(String[] args) {
        A05Ledger ledger = new A05Ledger();
        ledger.post("cash", new BigDecimal("100.00"));
        ledger.post("loan", new BigDecimal("-40.00"));
        assert ledger.overdrawn().toList().equals(List.of("loan"));
        assert ledger.overdrawnNow().equals(List.of("loan"));
        Iterator<String> names = ledger.accounts();
        Iterator<String> lines = ledger.statementLines();
        Stream<String> pendingReport = ledger.overdrawn();
        assert names.next().equals("cash (1)") && lines.next().equals("cash=100.00");
        ledger.archive();
        assert !names.hasNext() && ledger.overdrawnNow().isEmpty();
        assert !ledger.statementLines().hasNext() && lines.hasNext();
        prove(73, lines::next);
        prove(81, pendingReport::toList);
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
