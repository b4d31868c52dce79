package probe39;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Phone-number helpers of a telephony client. The dial-code tables live in the private holder
 * class {@code Tables} and are assigned by its static initialiser. Their fields are null only
 * while that initialiser runs, and it reads them only after assigning them; the JVM runs it, once,
 * on the first use of {@code Tables}, and every other use waits for it to finish
 * (initialisation-on-demand holder idiom).
 *
 * <p>This class is thread-safe: the tables are immutable and safely published by class
 * initialisation.
 */
public final class SI29DialCodes {
    private SI29DialCodes() {
    }

    private static final class Tables {
        static final Map<String, String> CODE_BY_COUNTRY;          // ISO country -> dial code
        static final NavigableMap<String, String> COUNTRY_BY_CODE; // dial code -> ISO country

        static {
            Map<String, String> byCountry = new HashMap<>();
            byCountry.put("US", "1");
            byCountry.put("FR", "33");
            byCountry.put("IE", "353");
            byCountry.put("IS", "354");
            byCountry.put("GB", "44");
            byCountry.put("DE", "49");
            byCountry.put("JP", "81");
            CODE_BY_COUNTRY = Collections.unmodifiableMap(byCountry);
            TreeMap<String, String> byCode = new TreeMap<>();
            for (Map.Entry<String, String> e : CODE_BY_COUNTRY.entrySet()) {
                byCode.put(e.getValue(), e.getKey());
            }
            COUNTRY_BY_CODE = Collections.unmodifiableNavigableMap(byCode);
        }
    }

    public static String dialCode(String country) {
        if (country == null) {
            throw new IllegalArgumentException("country is null");
        }
        String code = Tables.CODE_BY_COUNTRY.get(country.toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("unknown country " + country);
        }
        return "+" + code;
    }

    public static Optional<String> countryOf(String e164) {
        if (e164 == null || !e164.matches("\\+\\d{4,15}")) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        String digits = e164.substring(1);
        for (int length = 3; length >= 1; length--) { // dial codes are prefix-free, 1-3 digits
            String country = Tables.COUNTRY_BY_CODE.get(digits.substring(0, length));
            if (country != null) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    public static String toE164(String country, String nationalNumber) {
        if (nationalNumber == null) {
            throw new IllegalArgumentException("number is null");
        }
        String digits = nationalNumber.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            digits = digits.substring(1); // drop the trunk prefix
        }
        if (digits.length() < 4) {
            throw new IllegalArgumentException("number too short: " + nationalNumber);
        }
        return dialCode(country) + digits;
    }

    public static List<String> countriesWithCodePrefix(String digitPrefix) {
        if (digitPrefix == null || !digitPrefix.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("bad prefix: " + digitPrefix);
        }
        return new ArrayList<>(Tables.COUNTRY_BY_CODE.subMap(digitPrefix, digitPrefix + Character.MAX_VALUE).values());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) throws Exception {
        expect(IllegalArgumentException.class, () -> countryOf("12345"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> first = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            first.add(pool.submit(() -> countryOf("+4915112345678").orElse("?"))); // races to init Tables
        }
        for (Future<String> f : first) {
            check(f.get().equals("DE"), "concurrent first use");
        }
        pool.shutdown();

        check(dialCode("gb").equals("+44") && dialCode("US").equals("+1"), "dial codes");
        check(countryOf("+14155550100").orElse("").equals("US"), "US number");
        check(countryOf("+35312345678").orElse("").equals("IE"), "three-digit code");
        check(countryOf("+99912345").isEmpty(), "unknown code");
        check(toE164("fr", "06 12 34 56 78").equals("+33612345678"), "format");
        check(countriesWithCodePrefix("35").equals(List.of("IE", "IS")), "prefix listing");
        check(countriesWithCodePrefix("7").isEmpty(), "no country with 7");
        expect(IllegalArgumentException.class, () -> dialCode("XX"));
        expect(IllegalArgumentException.class, () -> dialCode(null));
        expect(IllegalArgumentException.class, () -> toE164("DE", "012"));
        expect(IllegalArgumentException.class, () -> toE164("DE", null));
        expect(IllegalArgumentException.class, () -> countriesWithCodePrefix("a"));
        System.out.println("OK SI29DialCodes");
    }
}
