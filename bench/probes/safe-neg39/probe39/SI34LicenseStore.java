package probe39;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * License-key store of a desktop application's plugin manager. The key table is null until
 * {@link #loadKeys} and again after {@link #unload()}. Methods that need it call the helper
 * {@code fail} when it is null; {@code fail} always throws, so the code after the check only runs
 * with a table.
 *
 * <p>This class is single-threaded: the plugin manager runs on the application's main thread.
 */
public final class SI34LicenseStore {
    private HashMap<String, LocalDate> expiries; // product -> last valid day; null unless loaded

    private static void fail(String message) {
        throw new IllegalStateException(message);
    }

    public int loadKeys(List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines is null");
        }
        HashMap<String, LocalDate> parsed = new HashMap<>();
        for (String line : lines) {
            int colon = line == null ? -1 : line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected product:yyyy-mm-dd, got " + line);
            }
            try {
                parsed.put(line.substring(0, colon), LocalDate.parse(line.substring(colon + 1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad date in " + line, e);
            }
        }
        expiries = parsed;
        return parsed.size();
    }

    public boolean isLicensed(String product, LocalDate today) {
        requireArgs(product, today);
        if (expiries == null) {
            fail("license keys not loaded");
        }
        LocalDate expiry = expiries.get(product);
        return expiry != null && !today.isAfter(expiry);
    }

    public long daysLeft(String product, LocalDate today) {
        requireArgs(product, today);
        if (expiries == null) {
            fail("license keys not loaded");
        }
        LocalDate expiry = expiries.get(product);
        return expiry == null ? -1 : Math.max(-1, ChronoUnit.DAYS.between(today, expiry));
    }

    public List<String> expiringWithin(int days, LocalDate today) {
        requireDate(today);
        if (expiries == null) {
            fail("license keys not loaded");
        }
        List<String> soon = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : expiries.entrySet()) {
            if (!today.isAfter(e.getValue()) && !today.plusDays(days).isBefore(e.getValue())) {
                soon.add(e.getKey());
            }
        }
        Collections.sort(soon);
        return soon;
    }

    public void extend(String product, int days) {
        requireProduct(product);
        if (days <= 0 || days > 3650) {
            throw new IllegalArgumentException("days out of range");
        }
        if (expiries == null) {
            fail("license keys not loaded");
        }
        LocalDate expiry = expiries.get(product);
        if (expiry == null) {
            throw new IllegalArgumentException("no key for " + product);
        }
        expiries.put(product, expiry.plusDays(days));
    }

    public void unload() {
        expiries = null;
    }

    public boolean isLoaded() {
        return expiries != null;
    }

    private static void requireArgs(String product, LocalDate today) {
        requireProduct(product);
        requireDate(today);
    }

    private static void requireProduct(String product) {
        if (product == null || product.isEmpty()) {
            throw new IllegalArgumentException("product is required");
        }
    }

    private static void requireDate(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("date is required");
        }
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

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2024, 3, 1);
        SI34LicenseStore store = new SI34LicenseStore();
        check(!store.isLoaded(), "not loaded");
        expect(IllegalStateException.class, () -> store.isLicensed("pdf", today));
        expect(IllegalStateException.class, () -> store.daysLeft("pdf", today));
        expect(IllegalStateException.class, () -> store.expiringWithin(30, today));
        expect(IllegalStateException.class, () -> store.extend("pdf", 10));
        expect(IllegalArgumentException.class, () -> store.loadKeys(List.of("pdf:2024-13-01")));
        expect(IllegalArgumentException.class, () -> store.loadKeys(java.util.Arrays.asList("pdf:2024-01-01", null)));
        expect(IllegalArgumentException.class, () -> store.isLicensed(null, today));
        expect(IllegalArgumentException.class, () -> store.expiringWithin(1, null));
        store.unload();

        check(store.loadKeys(List.of("pdf:2024-03-10", "ocr:2024-02-01", "sync:2025-01-01")) == 3, "loaded");
        check(store.isLicensed("pdf", today) && !store.isLicensed("ocr", today) && !store.isLicensed("x", today), "valid");
        check(store.daysLeft("pdf", today) == 9 && store.daysLeft("ocr", today) == -1, "days left");
        check(store.expiringWithin(30, today).equals(List.of("pdf")), "expiring soon");
        store.extend("ocr", 60);
        check(store.isLicensed("ocr", today), "extended");
        expect(IllegalArgumentException.class, () -> store.extend("x", 5));
        expect(IllegalArgumentException.class, () -> store.extend("pdf", 0));

        store.unload();
        store.unload();
        expect(IllegalStateException.class, () -> store.isLicensed("pdf", today));
        check(store.loadKeys(List.of()) == 0 && !store.isLicensed("pdf", today), "empty reload");
        check(store.expiringWithin(5, today).isEmpty() && store.daysLeft("pdf", today) == -1, "empty table");
        System.out.println("OK SI34LicenseStore");
    }
}
