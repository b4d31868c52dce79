package probe22b;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Immutable price plan with optional volume tiers, built with a builder. */
public final class E04PricingPlan {

    private static final String FILE = "E04PricingPlan.java";

    private final String sku;
    private final long basePriceCents;
    private final NavigableMap<Integer, Long> volumeTiers;

    private E04PricingPlan(Builder b) {
        this.sku = b.sku;
        this.basePriceCents = b.basePriceCents;
        this.volumeTiers = b.tiers;
    }

    private E04PricingPlan(E04PricingPlan other, long newBase) {
        this.sku = other.sku;
        this.basePriceCents = newBase;
        this.volumeTiers = other.volumeTiers == null ? null : new TreeMap<>(other.volumeTiers);
    }

    public static final class Builder {
        private final String sku;
        private long basePriceCents;
        private NavigableMap<Integer, Long> tiers;

        public Builder(String sku) {
            this.sku = sku;
        }

        public Builder basePrice(long cents) {
            this.basePriceCents = cents;
            return this;
        }

        public Builder tier(int minQty, long unitCents) {
            if (tiers == null) {
                tiers = new TreeMap<>();
            }
            tiers.put(minQty, unitCents);
            return this;
        }

        public E04PricingPlan build() {
            return new E04PricingPlan(this);
        }
    }

    public long unitPrice(int qty) {
        Map.Entry<Integer, Long> tier = volumeTiers.floorEntry(qty); // BUG
        return tier == null ? basePriceCents : tier.getValue();
    }

    public long total(int qty) {
        return unitPrice(qty) * qty;
    }

    public boolean hasVolumePricing() {
        return volumeTiers != null && !volumeTiers.isEmpty();
    }

    public int firstTierQuantity() {
        return hasVolumePricing() ? volumeTiers.firstKey() : Integer.MAX_VALUE;
    }

    public E04PricingPlan withBasePrice(long cents) {
        return new E04PricingPlan(this, cents);
    }

    @Override
    public String toString() {
        return sku + " base=" + basePriceCents + " tiers=" + volumeTiers.size(); // BUG
    }

    public static void main(String[] args) {
        E04PricingPlan bulk = new Builder("WIDGET").basePrice(100).tier(10, 90).tier(100, 75).build();
        assert bulk.unitPrice(5) == 100 && bulk.unitPrice(50) == 90 && bulk.total(200) == 15000;
        assert bulk.firstTierQuantity() == 10 && bulk.hasVolumePricing();
        assert bulk.withBasePrice(120).unitPrice(1) == 120;
        assert bulk.toString().equals("WIDGET base=100 tiers=2");
        E04PricingPlan simple = new Builder("GADGET").basePrice(250).build();
        assert !simple.hasVolumePricing() && simple.firstTierQuantity() == Integer.MAX_VALUE;
        assert !simple.withBasePrice(300).hasVolumePricing();

        prove(56, () -> simple.total(3));
        prove(78, () -> simple.withBasePrice(260).toString());
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
