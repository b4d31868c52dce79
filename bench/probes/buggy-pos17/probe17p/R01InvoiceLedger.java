package probe17p;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps running invoice totals per customer. The second constructor (used by the
 * nightly import job) forgets to create the totals map.
 */
public class R01InvoiceLedger {

    private final String currency;
    private final List<String> auditTrail;
    private Map<String, BigDecimal> totals;

    public R01InvoiceLedger(String currency) {
        this.currency = currency;
        this.auditTrail = new ArrayList<>();
        this.totals = new HashMap<>();
    }

    /** Used when resuming from a previous audit log. */
    public R01InvoiceLedger(String currency, List<String> priorAudit) {
        this.currency = currency;
        this.auditTrail = new ArrayList<>(priorAudit);
    }

    public void addInvoice(String customer, BigDecimal amount) {
        auditTrail.add(customer + " +" + amount + " " + currency);
        totals.merge(customer, amount, BigDecimal::add); // BUG
    }

    public BigDecimal totalFor(String customer) {
        BigDecimal t = totals.get(customer); // BUG
        return t == null ? BigDecimal.ZERO : t;
    }

    public int auditSize() {
        return auditTrail.size();
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R01InvoiceLedger.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R01InvoiceLedger.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R01InvoiceLedger ledger = new R01InvoiceLedger("EUR");
        ledger.addInvoice("acme", new BigDecimal("120.50"));
        ledger.addInvoice("acme", new BigDecimal("9.50"));
        System.out.println("acme owes " + ledger.totalFor("acme") + " (" + ledger.auditSize() + " entries)");

        prove(33, () -> {
            R01InvoiceLedger resumed = new R01InvoiceLedger("EUR", List.of("acme +1 EUR"));
            resumed.addInvoice("acme", BigDecimal.ONE);
        });
        prove(37, () -> {
            R01InvoiceLedger resumed = new R01InvoiceLedger("USD", List.of());
            System.out.println(resumed.totalFor("globex"));
        });
    }
}
