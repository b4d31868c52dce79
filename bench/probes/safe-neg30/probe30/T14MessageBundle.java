package probe30;

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/** Localised message bundle loaded from .properties text. */
public final class T14MessageBundle implements Iterable<String> {
    private Properties messages; // null until load(), and again after unload()

    public void load(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        messages = p;
    }

    public boolean isLoaded() {
        return messages != null;
    }

    public String format(String key, Object... args) {
        if (messages == null) return "!" + key + "!";
        String pattern = messages.getProperty(key);
        return pattern == null ? "!" + key + "!" : MessageFormat.format(pattern, args);
    }

    public int size() {
        return messages == null ? 0 : messages.size();
    }

    /** Keys in sorted order; an unloaded bundle iterates as empty. */
    @Override
    public Iterator<String> iterator() {
        if (messages == null) return Collections.emptyIterator();
        return new TreeSet<>(messages.stringPropertyNames()).iterator();
    }

    public void unload() {
        messages = null;
    }

    private static List<String> keys(T14MessageBundle bundle) {
        List<String> out = new ArrayList<>();
        bundle.forEach(out::add);
        return out;
    }

    public static void main(String[] args) throws IOException {
        T14MessageBundle bundle = new T14MessageBundle();
        assert !bundle.isLoaded() && bundle.size() == 0;
        assert bundle.format("greeting", "Ada").equals("!greeting!");
        assert keys(bundle).isEmpty();
        assert !bundle.iterator().hasNext();
        bundle.unload();

        bundle.load("# messages\ngreeting=Hello, {0}!\nfarewell = Bye {0}, see you in {1} days\n");
        assert bundle.isLoaded() && bundle.size() == 2;
        assert bundle.format("greeting", "Ada").equals("Hello, Ada!");
        assert bundle.format("farewell", "Bob", 3).equals("Bye Bob, see you in 3 days");
        assert bundle.format("missing").equals("!missing!");
        assert keys(bundle).equals(List.of("farewell", "greeting"));

        bundle.unload();
        assert bundle.format("greeting", "Ada").equals("!greeting!");
        assert keys(bundle).isEmpty() && bundle.size() == 0;
        bundle.load("");
        assert bundle.isLoaded() && keys(bundle).isEmpty();
        System.out.println("T14 ok");
    }
}
