package probe30;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** UI translation catalogues per locale; falls back to the key itself. */
public final class T27TranslationTable {
    private Map<Locale, Map<String, String>> catalogs; // null until a locale is installed, and after clear()

    public void install(Locale locale, Map<String, String> messages) {
        Map<String, String> copy = Map.copyOf(messages);
        if (catalogs == null) catalogs = new HashMap<>();
        catalogs.put(locale, copy);
    }

    public String translate(Locale locale, String key) {
        return Optional.ofNullable(catalogs)
                .map(c -> c.get(locale))
                .map(m -> m.get(key))
                .orElse(key);
    }

    public Set<Locale> locales() {
        return Optional.ofNullable(catalogs).map(c -> Set.copyOf(c.keySet())).orElse(Set.of());
    }

    public int size(Locale locale) {
        return Optional.ofNullable(catalogs).map(c -> c.get(locale)).map(Map::size).orElse(0);
    }

    public void clear() {
        catalogs = null;
    }

    public static void main(String[] args) {
        T27TranslationTable t = new T27TranslationTable();
        assert t.translate(Locale.FRENCH, "save").equals("save");
        assert t.locales().isEmpty() && t.size(Locale.FRENCH) == 0;
        t.clear();

        t.install(Locale.FRENCH, Map.of("save", "Enregistrer", "open", "Ouvrir"));
        t.install(Locale.GERMAN, Map.of("save", "Speichern"));
        assert t.translate(Locale.FRENCH, "save").equals("Enregistrer");
        assert t.translate(Locale.GERMAN, "open").equals("open");
        assert t.translate(Locale.ITALIAN, "save").equals("save");
        assert t.locales().equals(Set.of(Locale.FRENCH, Locale.GERMAN));
        assert t.size(Locale.FRENCH) == 2 && t.size(Locale.ITALIAN) == 0;

        t.clear();
        assert t.translate(Locale.FRENCH, "save").equals("save") && t.locales().isEmpty();
        assert t.size(Locale.FRENCH) == 0;
        t.install(Locale.ITALIAN, Map.of());
        assert t.locales().equals(Set.of(Locale.ITALIAN)) && t.translate(Locale.ITALIAN, "x").equals("x");
        System.out.println("T27 ok");
    }
}
