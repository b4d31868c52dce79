package probe34;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shell-like environment resolver: a session scope shadows immutable system defaults. */
public class SD10EnvResolver {
    private static final Map<String, String> SYSTEM = Map.of("HOME", "/root", "SHELL", "/bin/sh", "LANG", "C");
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Z_]+)}");

    private Map<String, String> session; // null outside begin()/end()

    private Map<String, String> scope() {
        return session != null ? session : SYSTEM;
    }

    public void begin() {
        if (session != null) {
            throw new IllegalStateException("session already active");
        }
        session = new HashMap<>(SYSTEM);
    }

    public String resolve(String name) {
        return scope().getOrDefault(name, "");
    }

    public String expand(String text) {
        Matcher m = VAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(resolve(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public void export(String name, String value) {
        if (session == null) {
            throw new IllegalStateException("no active session");
        }
        if (!name.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("bad variable name " + name);
        }
        session.put(name, value);
    }

    public int size() {
        return scope().size();
    }

    public void end() {
        session = null;
    }

    private static void exerciseSystem(SD10EnvResolver env) {
        check("/root".equals(env.resolve("HOME")), "system HOME");
        check("".equals(env.resolve("APP_ENV")), "unset var");
        check("/root/bin:C".equals(env.expand("${HOME}/bin:${LANG}")), "expand with system scope");
        check(env.size() == 3, "system size");
        expect(IllegalStateException.class, () -> env.export("APP_ENV", "prod"));
        env.end(); // ending without a session is harmless
    }

    public static void main(String[] args) {
        SD10EnvResolver env = new SD10EnvResolver();
        exerciseSystem(env);

        env.begin();
        expect(IllegalStateException.class, env::begin);
        env.export("APP_ENV", "prod");
        env.export("HOME", "/home/app");
        check("prod".equals(env.resolve("APP_ENV")) && "/home/app".equals(env.resolve("HOME")), "session vars");
        check("/home/app:prod".equals(env.expand("${HOME}:${APP_ENV}")), "expand with session");
        check(env.size() == 4, "session size");
        expect(IllegalArgumentException.class, () -> env.export("bad-name", "x"));

        env.end();
        exerciseSystem(env);
        env.end();
        exerciseSystem(env);

        env.begin();
        check("/root".equals(env.resolve("HOME")) && "".equals(env.resolve("APP_ENV")), "fresh session");
        env.export("PORT", "80");
        check("80".equals(env.expand("${PORT}")) && env.size() == 4, "recreated session");
        env.end();
        exerciseSystem(env);
        System.out.println("SD10EnvResolver ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
