package probe19;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Shipping quote calculator using per-carrier zone tables and optional surcharges. */
public class M30ShippingRates {
    public enum Carrier {
        POSTAL("PST", "domestic", 300, "europe", 900),
        EXPRESS("EXP", "domestic", 900, "europe", 1800, "world", 3500),
        FREIGHT("FRT", "world", 2500);

        private static final Map<String, Carrier> BY_CODE;

        static {
            Map<String, Carrier> m = new HashMap<>();
            for (Carrier c : values()) {
                m.put(c.code, c);
            }
            BY_CODE = Collections.unmodifiableMap(m);
        }

        private final String code;
        private final Map<String, Integer> zoneCents;

        Carrier(String code, Object... zoneTable) {
            this.code = code;
            Map<String, Integer> table = new HashMap<>();
            for (int i = 0; i + 1 < zoneTable.length; i += 2) {
                table.put((String) zoneTable[i], (Integer) zoneTable[i + 1]);
            }
            this.zoneCents = Collections.unmodifiableMap(table);
        }

        public Optional<Integer> baseRate(String zone) {
            return Optional.ofNullable(zoneCents.get(zone));
        }

        public static Optional<Carrier> byCode(String code) {
            return Optional.ofNullable(BY_CODE.get(code));
        }
    }

    private EnumMap<Carrier, Integer> surchargePercent;

    public void setSurcharge(Carrier carrier, int percent) {
        if (surchargePercent == null) {
            surchargePercent = new EnumMap<>(Carrier.class);
        }
        surchargePercent.put(carrier, percent);
    }

    public void clearSurcharges() {
        surchargePercent = null;
    }

    public String quote(String carrierCode, String zone, int parcels) {
        Optional<Carrier> carrier = Carrier.byCode(carrierCode);
        if (carrier.isEmpty()) {
            return "unknown carrier " + carrierCode;
        }
        Optional<Integer> base = carrier.get().baseRate(zone);
        if (base.isEmpty()) {
            return carrier.get() + " does not ship to " + zone;
        }
        long cents = (long) base.get() * parcels;
        if (surchargePercent == null) {
            return carrier.get() + " " + zone + " " + cents;
        }
        int extra = surchargePercent.getOrDefault(carrier.get(), 0);
        return carrier.get() + " " + zone + " " + cents * (100 + extra) / 100;
    }

    public static void main(String[] args) {
        M30ShippingRates rates = new M30ShippingRates();
        System.out.println(rates.quote("PST", "domestic", 2) + " | " + rates.quote("FRT", "europe", 1) + " | " + rates.quote("ZZZ", "x", 1));
        rates.clearSurcharges();
        rates.setSurcharge(Carrier.EXPRESS, 20);
        System.out.println(rates.quote("EXP", "world", 1) + " | " + rates.quote("PST", "europe", 1));
        rates.clearSurcharges();
        rates.clearSurcharges();
        System.out.println(rates.quote("EXP", "world", 1) + " " + Carrier.byCode("FRT").flatMap(c -> c.baseRate("world")).orElse(-1));
    }
}
