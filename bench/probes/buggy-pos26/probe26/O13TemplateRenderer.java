package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class O13TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9_.]+)}");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)}");

    private final Map<String, Map<String, String>> bundles = new HashMap<>();
    private final Map<String, String> globals = new LinkedHashMap<>();
    private final String defaultLocale;

    public O13TemplateRenderer(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public void addMessage(String locale, String key, String text) {
        bundles.computeIfAbsent(locale, l -> new LinkedHashMap<>()).put(key, text);
    }

    public void setGlobal(String name, String value) {
        globals.put(name, value);
    }

    public String translate(String locale, String key) {
        Map<String, String> bundle = bundles.get(locale);
        if (bundle == null || !bundle.containsKey(key)) {
            bundle = bundles.getOrDefault(defaultLocale, Map.of());
        }
        return bundle.getOrDefault(key, key);
    }

    public String render(String template, String locale, Map<String, String> vars) {
        Map<String, String> messages = bundles.get(locale);
        StringBuilder expanded = new StringBuilder();
        Matcher m = MESSAGE.matcher(template);
        while (m.find()) {
            String text = messages.get(m.group(1));
            m.appendReplacement(expanded, Matcher.quoteReplacement(text == null ? m.group(1) : text));
        }
        m.appendTail(expanded);
        StringBuilder result = new StringBuilder();
        Matcher p = PLACEHOLDER.matcher(expanded);
        while (p.find()) {
            String name = p.group(1);
            String value = globals.containsKey(name) ? globals.get(name) : vars.get(name);
            p.appendReplacement(result, Matcher.quoteReplacement(value == null ? "" : value));
        }
        p.appendTail(result);
        return result.toString();
    }

    public String renderLocalized(String template, String locale, Map<String, String> vars) {
        String effective = bundles.containsKey(locale) ? locale : defaultLocale;
        return render(template, effective, vars);
    }

    public String renderPlain(String template) {
        return render(template, defaultLocale, null);
    }

    public int messageCount(String locale) {
        Map<String, String> bundle = bundles.get(locale);
        return bundle == null ? 0 : bundle.size();
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O13TemplateRenderer.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O13TemplateRenderer.java:" + line + " OK");
        } else {
            System.out.println("MISS O13TemplateRenderer.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O13TemplateRenderer r = new O13TemplateRenderer("en");
        r.addMessage("en", "greeting", "Hello");
        r.addMessage("en", "farewell", "Bye");
        r.addMessage("de", "greeting", "Hallo");
        r.setGlobal("site", "Shop");
        String de = r.render("#{greeting}, ${user}! Welcome to ${site}.", "de", Map.of("user", "Ann"));
        String fr = r.renderLocalized("#{greeting} ${user}", "fr", Map.of("user", "Bob"));
        String plain = r.renderPlain("#{farewell} from ${site}");
        if (!de.equals("Hallo, Ann! Welcome to Shop.") || !fr.equals("Hello Bob") || !plain.equals("Bye from Shop")) {
            throw new IllegalStateException(de + " | " + fr + " | " + plain);
        }
        if (!r.translate("de", "farewell").equals("Bye") || r.messageCount("fr") != 0 || r.messageCount("en") != 2) {
            throw new IllegalStateException("translation");
        }

        expectNpe(43, () -> r.render("#{greeting} ${user}", "fr", Map.of("user", "Cid")));
        expectNpe(51, () -> r.renderPlain("#{greeting}, ${user}"));
        if (failed > 0) {
            System.exit(1);
        }
    }
}
