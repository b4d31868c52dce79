package probe26;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Immutable shipping quote returned by a carrier-rating service. Surcharges are optional:
 * carriers that quote none produce a quote whose surcharge map is null.
 */
public final class D15ImmutableShippingQuote {

    private final String carrier;
    private final long baseCents;
    private final Map<String, Long> surcharges; // null when the carrier quoted no surcharges

    private D15ImmutableShippingQuote(String carrier, long baseCents, Map<String, Long> surcharges) {
        this.carrier = carrier;
        this.baseCents = baseCents;
        this.surcharges = surcharges;
    }

    public static D15ImmutableShippingQuote flat(String carrier, long baseCents) {
        return new D15ImmutableShippingQuote(carrier, baseCents, null);
    }

    public static D15ImmutableShippingQuote of(String carrier, long baseCents, Map<String, Long> surcharges) {
        Map<String, Long> copy = surcharges == null || surcharges.isEmpty() ? null : Map.copyOf(surcharges);
        return new D15ImmutableShippingQuote(carrier, baseCents, copy);
    }

    public D15ImmutableShippingQuote plus(String name, long cents) {
        Map<String, Long> next = new HashMap<>();
        if (surcharges != null) {
            next.putAll(surcharges);
        }
        next.merge(name, cents, Long::sum);
        return new D15ImmutableShippingQuote(carrier, baseCents, Map.copyOf(next));
    }

    public D15ImmutableShippingQuote withoutSurcharges() {
        return surcharges == null ? this : new D15ImmutableShippingQuote(carrier, baseCents, null);
    }

    public long total() {
        long t = baseCents;
        if (surcharges != null) {
            for (long v : surcharges.values()) {
                t += v;
            }
        }
        return t;
    }

    public Optional<Long> surcharge(String name) {
        return surcharges == null ? Optional.empty() : Optional.ofNullable(surcharges.get(name));
    }

    public boolean hasSurcharges() {
        return surcharges != null;
    }

    public boolean cheaperThan(D15ImmutableShippingQuote other) {
        return total() < other.total();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof D15ImmutableShippingQuote q
                && carrier.equals(q.carrier)
                && baseCents == q.baseCents
                && Objects.equals(surcharges, q.surcharges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carrier, baseCents, surcharges);
    }

    @Override
    public String toString() {
        return carrier + " " + baseCents + (surcharges == null ? "" : " + " + new TreeMap<>(surcharges)) + " = " + total();
    }

    public static void main(String[] args) {
        D15ImmutableShippingQuote flat = flat("PostCo", 899);
        D15ImmutableShippingQuote none = of("PostCo", 899, Map.of());
        D15ImmutableShippingQuote nil = of("PostCo", 899, null);
        System.out.println(flat + " | " + flat.surcharge("fuel") + " " + flat.hasSurcharges() + " " + flat.equals(none)
                + " " + (flat.hashCode() == nil.hashCode()));
        D15ImmutableShippingQuote fuel = flat.plus("fuel", 120).plus("remote", 300).plus("fuel", 30);
        System.out.println(fuel + " | " + fuel.surcharge("fuel") + " " + fuel.surcharge("ice") + " " + fuel.hasSurcharges());
        D15ImmutableShippingQuote express = of("Zoom", 1100, Map.of("fuel", 150L));
        System.out.println(express.equals(fuel) + " " + express.equals(of("Zoom", 1100, Map.of("fuel", 150L)))
                + " " + fuel.cheaperThan(express) + " " + express.hashCode());
        System.out.println(fuel.withoutSurcharges().equals(flat) + " " + flat.withoutSurcharges() + " " + flat.equals("x"));
    }
}
