package probe22b;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Invoice value object; metadata is optional and only present for invoices imported from partners. */
public final class E14Invoice {

    private static final String FILE = "E14Invoice.java";

    private final String number;
    private final long totalCents;
    private final String currency;
    private Map<String, String> metadata;

    public E14Invoice(String number, long totalCents, String currency) {
        this.number = Objects.requireNonNull(number);
        this.totalCents = totalCents;
        this.currency = Objects.requireNonNull(currency);
    }

    public E14Invoice withMetadata(String key, String value) {
        if (metadata == null) {
            metadata = new TreeMap<>();
        }
        metadata.put(key, value);
        return this;
    }

    public String meta(String key) {
        return metadata == null ? null : metadata.get(key);
    }

    public boolean isImported() {
        return metadata != null && metadata.containsKey("partner");
    }

    public String number() {
        return number;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof E14Invoice other)) {
            return false;
        }
        boolean sameHeader = number.equals(other.number) && totalCents == other.totalCents
                && currency.equals(other.currency);
        return sameHeader && metadata.equals(other.metadata); // BUG
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, totalCents, currency) * 31 + metadata.hashCode(); // BUG
    }

    @Override
    public String toString() {
        String meta = metadata == null || metadata.isEmpty() ? "" : " " + metadata;
        return "Invoice " + number + " " + totalCents + " " + currency + meta;
    }

    public static void main(String[] args) {
        E14Invoice a = new E14Invoice("INV-1", 1000, "EUR").withMetadata("partner", "acme");
        E14Invoice b = new E14Invoice("INV-1", 1000, "EUR").withMetadata("partner", "acme");
        E14Invoice c = new E14Invoice("INV-2", 1000, "EUR");
        assert a.equals(b) && a.hashCode() == b.hashCode() && a.equals(a);
        assert !a.equals(c) && !c.equals(a) && !a.equals("INV-1");
        assert a.isImported() && !c.isImported() && c.meta("partner") == null && "acme".equals(a.meta("partner"));
        assert c.toString().equals("Invoice INV-2 1000 EUR") && a.toString().endsWith("{partner=acme}");
        Set<E14Invoice> imported = new HashSet<>();
        imported.add(a);
        assert imported.contains(b) && c.number().equals("INV-2");
        E14Invoice manual = new E14Invoice("INV-3", 500, "USD");
        E14Invoice manualCopy = new E14Invoice("INV-3", 500, "USD");

        prove(55, () -> manual.equals(manualCopy));
        prove(60, () -> manual.hashCode());
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
