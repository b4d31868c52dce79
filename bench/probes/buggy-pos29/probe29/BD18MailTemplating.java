package probe29;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders transactional e-mails from named templates and localized labels. */
public class BD18MailTemplating {

    private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern LABEL = Pattern.compile("#\\{(\\w+)}");

    private final Map<Locale, Map<String, String>> bundles = new HashMap<>();
    private Map<String, String> templates = new HashMap<>();
    private Map<String, Object> globals;
    private Map<String, String> activeBundle;

    void setTemplates(Map<String, String> templates) {
        this.templates = templates;
    }

    /** Drops all templates; they are re-registered by the next deployment. */
    void clearTemplates() {
        setTemplates(null);
    }

    void registerAll(Map<String, String> more) {
        templates.putAll(more);
    }

    String template(String name) {
        Map<String, String> snapshot = templates;
        return snapshot == null ? null : snapshot.get(name);
    }

    void addBundle(Locale locale, Map<String, String> labels) {
        bundles.put(locale, new HashMap<>(labels));
    }

    void useLocale(Locale locale) {
        activeBundle = bundles.get(locale);
    }

    String label(String key) {
        return activeBundle.getOrDefault(key, key);
    }

    /** Parses "key=value" lines; returns null when there is nothing to parse. */
    static Map<String, Object> parseGlobals(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return out;
    }

    void configure(String globalsText) {
        globals = parseGlobals(globalsText);
    }

    Map<String, Object> context(Map<String, Object> vars) {
        Map<String, Object> ctx = new HashMap<>(vars);
        globals.forEach((key, value) -> {
            ctx.putIfAbsent(key, value);
        });
        return ctx;
    }

    boolean hasGlobal(String key) {
        return globals != null && globals.containsKey(key);
    }

    String render(String name, Map<String, Object> vars) {
        String body = template(name);
        if (body == null) {
            return "";
        }
        Map<String, Object> ctx = context(vars);
        Matcher m = VAR.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(ctx.get(m.group(1)))));
        }
        m.appendTail(sb);
        Matcher l = LABEL.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (l.find()) {
            l.appendReplacement(out, Matcher.quoteReplacement(label(l.group(1))));
        }
        l.appendTail(out);
        return out.toString();
    }

    public static void main(String[] args) {
        BD18MailTemplating mail = new BD18MailTemplating();
        mail.registerAll(Map.of("welcome", "#{greeting} ${name}, welcome to ${product}!"));
        mail.addBundle(Locale.ENGLISH, Map.of("greeting", "Hello"));
        mail.addBundle(Locale.GERMAN, Map.of("greeting", "Hallo"));
        mail.configure("product=Acme Cloud\nsupport=help@acme.test");
        mail.useLocale(Locale.GERMAN);
        System.out.println(mail.render("welcome", Map.of("name", "Jana")) + " support? " + mail.hasGlobal("support"));
        mail.useLocale(Locale.ENGLISH);
        System.out.println(mail.render("welcome", Map.of("name", "Ada", "product", "Acme Lite")));
        BD18MailTemplating bare = new BD18MailTemplating();
        bare.configure("   ");
        System.out.println("bare has product? " + bare.hasGlobal("product") + ", missing template renders '"
                + bare.render("nope", Map.of()) + "'");
        mail.clearTemplates();
        System.out.println("after clear: " + mail.template("welcome"));

        try {
            mail.useLocale(Locale.FRENCH);
            System.out.println(mail.label("greeting"));
            noNpe("label for a locale without a bundle");
        } catch (NullPointerException e) {
            expect(e, 48);
        }
        try {
            System.out.println(bare.context(Map.of("name", "Grace")));
            noNpe("context without globals");
        } catch (NullPointerException e) {
            expect(e, 72);
        }
        try {
            mail.registerAll(Map.of("reset", "Use ${link} to reset your password"));
            noNpe("registering templates after clearTemplates");
        } catch (NullPointerException e) {
            expect(e, 31);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD18MailTemplating.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
