package probe31;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * General ledger: a chart of accounts loaded when the ledger opens,
 * transactional postings with auto-commit, and an audit trail.
 */
public final class BF09Ledger {

    record Posting(String account, long cents) {}

    private Map<String, Long> balances;
    private Map<String, List<Posting>> pending;
    private int pendingPostings;
    private Map<String, Integer> audit;
    private int auditEntries;
    private boolean opened;
    private final List<String> errors = new ArrayList<>();

    /** Opens the ledger from a chart of accounts, one "code:name" per line. */
    void open(String chart) {
        try {
            Map<String, Long> fresh = new TreeMap<>();
            for (String line : chart.split("\n")) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("bad chart line: " + line);
                }
                fresh.put(line.substring(0, colon), 0L);
            }
            balances = fresh;
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        } finally {
            opened = true;
        }
    }

    void begin() {
        if (pending == null) {
            pending = new LinkedHashMap<>();
        }
    }

    void post(String txId, Posting posting) {
        if (pending != null) {
            pending.computeIfAbsent(txId, k -> new ArrayList<>()).add(posting);
        } else {
            apply(posting);
        }
        pendingPostings++;
    }

    int commit() {
        if (pendingPostings == 0) {
            return 0;
        }
        int applied = 0;
        for (List<Posting> batch : pending.values()) {
            for (Posting posting : batch) {
                apply(posting);
                applied++;
            }
        }
        pending = null;
        pendingPostings = 0;
        return applied;
    }

    private void apply(Posting posting) {
        if (!opened) {
            throw new IllegalStateException("ledger is not open");
        }
        balances.merge(posting.account(), posting.cents(), Long::sum);
        record(posting.account());
    }

    private void record(String account) {
        if (audit == null) {
            audit = new LinkedHashMap<>();
        }
        audit.merge(account, 1, Integer::sum);
        auditEntries++;
    }

    String auditTrail() {
        if (auditEntries == 0) {
            return "(empty)";
        }
        StringBuilder out = new StringBuilder();
        audit.forEach((account, n) -> out.append(account).append('x').append(n).append(' '));
        return out.toString().strip();
    }

    long balance(String account) {
        Map<String, Long> snapshot = balances;
        return snapshot == null ? 0L : snapshot.getOrDefault(account, 0L);
    }

    int pendingTransactions() {
        return pending == null ? 0 : pending.size();
    }

    public static void main(String[] args) {
        BF09Ledger ledger = new BF09Ledger();
        System.out.println("fresh trail=" + ledger.auditTrail() + " cash=" + ledger.balance("1000"));
        ledger.open("1000:cash\n4000:revenue");
        ledger.begin();
        ledger.post("t1", new Posting("1000", 500));
        ledger.post("t1", new Posting("4000", -500));
        System.out.println("pending=" + ledger.pendingTransactions() + " committed=" + ledger.commit()
                + " again=" + ledger.commit());
        ledger.post("t2", new Posting("1000", 25));
        System.out.println("cash=" + ledger.balance("1000") + " trail=" + ledger.auditTrail());
        BF09Ledger broken = new BF09Ledger();
        broken.open("1000:cash\nbogus");
        System.out.println("broken errors=" + broken.errors + " cash=" + broken.balance("1000")
                + " trail=" + broken.auditTrail() + " pending=" + broken.pendingTransactions());

        int proved = 0;
        proved += expect(65, () -> {
            BF09Ledger l = new BF09Ledger();
            l.open("1000:cash");
            l.post("t9", new Posting("1000", 10));
            l.commit();
        });
        proved += expect(80, () -> {
            BF09Ledger l = new BF09Ledger();
            l.open("1000:cash\n???");
            l.post("t1", new Posting("1000", 10));
        });
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF09Ledger.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
