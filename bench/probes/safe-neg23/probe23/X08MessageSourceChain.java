package probe23;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hierarchical message source in the spirit of Spring's {@code HierarchicalMessageSource}: a code
 * is resolved against this source's bundle first, then handed to the parent. Any level may have
 * no bundle loaded. Not thread-safe.
 */
public final class X08MessageSourceChain {

    private final String name;
    private final X08MessageSourceChain parent;
    private Properties messages;

    public X08MessageSourceChain(String name, X08MessageSourceChain parent) {
        this.name = name;
        this.parent = parent;
    }

    public void loadBundle(String text) {
        Properties loaded = new Properties();
        try {
            loaded.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle for " + name, e);
        }
        messages = loaded;
    }

    public void unloadBundle() {
        messages = null;
    }

    public String getMessage(String code, String defaultMessage) {
        if (messages != null) {
            String own = messages.getProperty(code);
            if (own != null) {
                return own;
            }
        }
        if (parent != null) {
            return parent.getMessage(code, defaultMessage);
        }
        return defaultMessage;
    }

    /** All codes visible from this source, walking up the chain. */
    public Set<String> codes() {
        Set<String> all = new TreeSet<>();
        for (X08MessageSourceChain s = this; s != null; s = s.parent) {
            if (s.messages != null) {
                all.addAll(s.messages.stringPropertyNames());
            }
        }
        return all;
    }

    public static void main(String[] args) {
        X08MessageSourceChain common = new X08MessageSourceChain("common", null);
        X08MessageSourceChain app = new X08MessageSourceChain("app", common);
        X08MessageSourceChain page = new X08MessageSourceChain("page", app);

        System.out.println("nothing loaded: " + page.getMessage("greeting", "Hi") + " codes=" + page.codes());
        common.loadBundle("greeting=Hello\nfarewell=Bye\n");
        page.loadBundle("title=Checkout\ngreeting=Welcome back\n");
        System.out.println(page.getMessage("greeting", "?") + " / " + page.getMessage("farewell", "?")
                + " / " + page.getMessage("missing", "fallback") + " codes=" + page.codes());
        page.unloadBundle();
        System.out.println("page unloaded: " + page.getMessage("greeting", "?")
                + " app: " + app.getMessage("title", "no title") + " codes=" + app.codes());
    }
}
