package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Multi-locale message catalog resolving keys through a locale fallback chain. */
public class M36LocalizedCatalog {
    private final String defaultLocale;
    private Map<String, Map<String, String>> byLocale;

    public M36LocalizedCatalog(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public void define(String locale, String key, String text) {
        if (byLocale == null) {
            byLocale = new HashMap<>();
        }
        byLocale.computeIfAbsent(locale, l -> new TreeMap<>()).put(key, text);
    }

    private List<String> fallbackChain(String locale) {
        List<String> chain = new ArrayList<>();
        String current = locale;
        while (!current.isEmpty()) {
            chain.add(current);
            int dash = current.lastIndexOf('-');
            current = dash < 0 ? "" : current.substring(0, dash);
        }
        if (!chain.contains(defaultLocale)) {
            chain.add(defaultLocale);
        }
        return chain;
    }

    public String resolve(String locale, String key) {
        if (byLocale == null) {
            return key;
        }
        for (String candidate : fallbackChain(locale)) {
            Map<String, String> messages = byLocale.get(candidate);
            if (messages != null && messages.containsKey(key)) {
                return messages.get(key);
            }
        }
        return key;
    }

    public Map<String, Integer> coverage() {
        Map<String, Integer> out = new TreeMap<>();
        if (byLocale == null) {
            return out;
        }
        for (Map.Entry<String, Map<String, String>> e : byLocale.entrySet()) {
            out.put(e.getKey(), e.getValue().size());
        }
        return out;
    }

    public void dropLocale(String locale) {
        if (byLocale == null) {
            return;
        }
        byLocale.remove(locale);
        if (byLocale.isEmpty()) {
            byLocale = null;
        }
    }

    public static void main(String[] args) {
        M36LocalizedCatalog catalog = new M36LocalizedCatalog("en");
        System.out.println(catalog.resolve("fr-CA", "cart.empty") + " " + catalog.coverage());
        catalog.dropLocale("en");
        catalog.define("en", "cart.empty", "Your cart is empty");
        catalog.define("en", "cart.checkout", "Checkout");
        catalog.define("fr", "cart.empty", "Votre panier est vide");
        catalog.define("fr-CA", "cart.checkout", "Passer à la caisse");
        System.out.println(catalog.resolve("fr-CA", "cart.empty") + " | " + catalog.resolve("fr-CA", "cart.checkout"));
        System.out.println(catalog.resolve("de-AT", "cart.checkout") + " | " + catalog.resolve("fr", "missing.key"));
        System.out.println(catalog.coverage());
        catalog.dropLocale("fr");
        catalog.dropLocale("fr-CA");
        catalog.dropLocale("en");
        catalog.dropLocale("en");
        System.out.println(catalog.resolve("fr", "cart.empty") + " " + catalog.coverage());
    }
}
