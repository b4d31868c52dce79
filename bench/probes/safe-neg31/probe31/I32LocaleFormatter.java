package probe31;

import java.text.NumberFormat;
import java.util.Hashtable;
import java.util.Locale;

/** Static, process-wide cache of per-locale number formats used by a reporting service. */
public final class I32LocaleFormatter {
    private static Hashtable<String, NumberFormat> formats; // null until first format(), and after clearCache()
    private static int misses;

    private I32LocaleFormatter() {
    }

    public static synchronized String format(String languageTag, double amount) {
        if (languageTag == null || languageTag.isBlank()) {
            throw new IllegalArgumentException("language tag is required");
        }
        if (formats == null) {
            formats = new Hashtable<>();
        }
        NumberFormat nf = formats.get(languageTag);
        if (nf == null) {
            misses++;
            nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(languageTag));
            nf.setMaximumFractionDigits(2);
            formats.put(languageTag, nf);
        }
        return nf.format(amount);
    }

    public static synchronized boolean isCached(String languageTag) {
        return formats != null && languageTag != null && formats.containsKey(languageTag);
    }

    public static synchronized int cacheSize() {
        if (formats == null) {
            return 0;
        }
        return formats.size();
    }

    public static synchronized int misses() {
        return misses;
    }

    public static synchronized void clearCache() {
        formats = null;
    }

    public static void main(String[] args) {
        if (cacheSize() != 0 || isCached("en-US") || isCached(null)) throw new AssertionError("cold cache");
        clearCache();
        String us = format("en-US", 1234.5);
        String de = format("de-DE", 1234.5);
        format("en-US", 2.0);
        if (!us.equals("1,234.5") || !de.equals("1.234,5")) throw new AssertionError(us + " / " + de);
        if (cacheSize() != 2 || misses() != 2 || !isCached("de-DE")) throw new AssertionError("cache");
        try {
            format(" ", 1);
            throw new AssertionError("blank tag");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        clearCache();
        clearCache();
        if (cacheSize() != 0 || isCached("en-US")) throw new AssertionError("cleared");
        System.out.println("I32 " + us + " " + de + " " + format("en-US", 0.125) + " misses=" + misses());
    }
}
