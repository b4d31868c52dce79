package probe33;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public class BH10Ledger {
    private final String currency;
    private final Map<String, Long> accounts = new TreeMap<>();
    private final Map<String, Map<String, Long>> snapshots = new HashMap<>();
    private Map<String, Double> fxRates;
    private double fallbackRate = 1.0;
    private LinkedHashMap<Long, String> journal;
    private Map<String, Long> lastBalances;

    BH10Ledger(String currency, String fallbackRateSpec) {
        this.currency = currency;
        this.journal = new LinkedHashMap<>();
        try {
            this.fallbackRate = Double.parseDouble(fallbackRateSpec);
            this.fxRates = new HashMap<>();
            fxRates.put(currency, 1.0);
        } catch (NumberFormatException e) {
            System.out.println("ignoring bad rate " + fallbackRateSpec);
        }
    }

    BH10Ledger(BH10Ledger other) {
        this.currency = other.currency;
        this.accounts.putAll(other.accounts);
        this.fxRates = other.fxRates == null ? null : new HashMap<>(other.fxRates);
        this.fallbackRate = other.fallbackRate;
    }

    double convert(String ccy, long amount) {
        return amount * fxRates.getOrDefault(ccy, fallbackRate);
    }

    void addRate(String ccy, double rate) {
        if (fxRates != null) {
            fxRates.put(ccy, rate);
        }
    }

    void post(String account, long delta, String memo) {
        accounts.merge(account, delta, Long::sum);
        LinkedHashMap<Long, String> j = journal;
        if (j != null) {
            j.put((long) j.size(), memo);
        }
    }

    void closePeriod() {
        this.lastBalances = snapshots.put("latest", new TreeMap<>(accounts));
    }

    long deltaSinceLast(String account) {
        return accounts.getOrDefault(account, 0L) - lastBalances.getOrDefault(account, 0L);
    }

    long previousBalance(String account) {
        Map<String, Long> last = lastBalances;
        return last == null ? 0L : last.getOrDefault(account, 0L);
    }

    int reconcile(BH10Ledger copy) {
        LinkedHashMap<Long, String> mine = journal;
        if (mine == null) {
            return -1;
        }
        Collection<String> theirs = copy.journal.values();
        int missing = 0;
        for (String memo : mine.values()) {
            if (!theirs.contains(memo)) {
                missing++;
            }
        }
        return missing;
    }

    long balance(String account) {
        return accounts.getOrDefault(account, 0L);
    }

    String currency() {
        return currency;
    }

    public static void main(String[] args) throws Exception {
        BH10Ledger books = new BH10Ledger("EUR", "1.0");
        books.addRate("USD", 0.9);
        books.post("cash", 100L, "opening");
        books.post("cash", -30L, "coffee");
        System.out.println(books.convert("USD", 100L) + " " + books.previousBalance("cash"));
        books.closePeriod();
        books.post("cash", 5L, "refund");
        books.closePeriod();
        System.out.println(books.deltaSinceLast("cash") + " " + books.previousBalance("cash") + " " + books.currency());
        BH10Ledger audit = new BH10Ledger(books);
        audit.post("cash", 1L, "audit fee");
        System.out.println(audit.reconcile(books) + " " + audit.convert("USD", 10L) + " " + audit.balance("cash"));

        BH10Ledger broken = new BH10Ledger("GBP", "n/a");
        broken.addRate("USD", 1.2);
        expect(39, () -> broken.convert("USD", 10L));
        BH10Ledger fresh = new BH10Ledger("CHF", "1");
        fresh.post("bank", 10L, "deposit");
        fresh.closePeriod();
        expect(61, () -> fresh.deltaSinceLast("bank"));
        expect(74, () -> books.reconcile(audit));
    }

    private static final String FILE = "BH10Ledger.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
