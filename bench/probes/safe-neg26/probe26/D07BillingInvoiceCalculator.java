package probe26;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Invoice calculator of a billing system. Customers on a contract get per-SKU discounts;
 * standard customers have no discount table at all (the field is null).
 */
public final class D07BillingInvoiceCalculator {

    public record LineItem(String sku, int quantity, long unitCents) {}

    public record Invoice(String customer, List<String> lines, long subtotal, long discount, long tax, long total) {}

    private final int taxBasisPoints;
    private Map<String, Integer> discountPercentBySku; // null for customers without a contract
    private int invoicesIssued;

    public D07BillingInvoiceCalculator(int taxBasisPoints) {
        this(taxBasisPoints, null);
    }

    public D07BillingInvoiceCalculator(int taxBasisPoints, Map<String, Integer> contractDiscounts) {
        this.taxBasisPoints = taxBasisPoints;
        applyContract(contractDiscounts);
    }

    public void applyContract(Map<String, Integer> discounts) {
        this.discountPercentBySku = discounts == null ? null : new HashMap<>(discounts);
    }

    public void dropContract() {
        discountPercentBySku = null;
    }

    public boolean hasContract() {
        return discountPercentBySku != null;
    }

    public int discountFor(String sku) {
        Integer pct = Objects.requireNonNullElse(discountPercentBySku, Collections.<String, Integer>emptyMap()).get(sku);
        return pct == null ? 0 : Math.max(0, Math.min(100, pct));
    }

    public Invoice bill(String customer, List<LineItem> items) {
        Map<String, Integer> discounts = Objects.requireNonNullElse(discountPercentBySku, Map.of());
        List<String> lines = new ArrayList<>();
        long subtotal = 0;
        long discount = 0;
        for (LineItem li : items) {
            long gross = li.quantity() * li.unitCents();
            Integer pct = discounts.get(li.sku());
            long off = pct == null ? 0 : gross * Math.max(0, Math.min(100, pct)) / 100;
            subtotal += gross;
            discount += off;
            lines.add(li.sku() + " x" + li.quantity() + " = " + gross + (off > 0 ? " (-" + off + ")" : ""));
        }
        long tax = (subtotal - discount) * taxBasisPoints / 10_000;
        invoicesIssued++;
        return new Invoice(customer, lines, subtotal, discount, tax, subtotal - discount + tax);
    }

    public String describeContract() {
        Map<String, Integer> sorted = new TreeMap<>(Objects.requireNonNullElseGet(discountPercentBySku, HashMap::new));
        return sorted.isEmpty() ? "standard pricing" : "contract " + sorted;
    }

    public int invoicesIssued() {
        return invoicesIssued;
    }

    public static void main(String[] args) {
        List<LineItem> cart = List.of(new LineItem("SEAT", 10, 1500), new LineItem("SUPPORT", 1, 20000));
        D07BillingInvoiceCalculator calc = new D07BillingInvoiceCalculator(2000);
        System.out.println(calc.hasContract() + " " + calc.discountFor("SEAT") + " " + calc.describeContract());
        System.out.println(calc.bill("acme", cart));
        calc.applyContract(Map.of("SEAT", 15, "SUPPORT", 50));
        System.out.println(calc.hasContract() + " " + calc.discountFor("SEAT") + " " + calc.describeContract());
        System.out.println(calc.bill("acme", cart));
        calc.dropContract();
        System.out.println(calc.bill("acme", cart).total() + " " + calc.describeContract());
        D07BillingInvoiceCalculator contract = new D07BillingInvoiceCalculator(1900, Map.of("SEAT", 5));
        System.out.println(contract.bill("globex", cart).discount() + " issued=" + contract.invoicesIssued() + "/" + calc.invoicesIssued());
        calc.applyContract(null);
        System.out.println(calc.discountFor("SUPPORT"));
    }
}
