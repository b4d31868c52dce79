package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pattern-based HTTP router (":id" segments) similar to those in Javalin or Express.
 * Whether resolved paths are memoised is fixed at construction time by the final
 * {@code memoize} parameter: the memo map exists exactly when it is true.
 */
public class SC19HttpRouter {

    private record Route(String[] segments, String name) {
    }

    private final boolean memoize;
    private final List<Route> routes = new ArrayList<>();
    private Map<String, String> memo;
    private int matches;

    public SC19HttpRouter(boolean memoize) {
        this.memoize = memoize;
        if (memoize) {
            memo = new HashMap<>();
        }
    }

    public void add(String pattern, String name) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("pattern must start with '/': " + pattern);
        }
        routes.add(new Route(pattern.substring(1).split("/"), name));
        if (memoize) {
            memo.clear();   // earlier negative answers may now be wrong
        }
    }

    public String resolve(String path) {
        if (memoize) {
            String hit = memo.get(path);
            if (hit != null) {
                return hit;
            }
        }
        String result = "404";
        String[] parts = path.substring(1).split("/");
        for (Route r : routes) {
            if (matchesRoute(r.segments(), parts)) {
                result = r.name();
                break;
            }
        }
        matches++;
        if (memoize) {
            memo.put(path, result);
        }
        return result;
    }

    private static boolean matchesRoute(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].startsWith(":") && !pattern[i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    public int memoSize() {
        return memoize ? memo.size() : -1;
    }

    public int computedMatches() {
        return matches;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    private static void exercise(SC19HttpRouter r, boolean memo) {
        try {
            r.add("users", "bad");
            throw new AssertionError("expected IAE");
        } catch (IllegalArgumentException expected) {
            // ok
        }
        check(r.resolve("/users/1").equals("404"), "nothing yet");
        r.add("/users/:id", "user");
        r.add("/users/:id/posts", "posts");
        check(r.resolve("/users/1").equals("user"), "user");
        check(r.resolve("/users/1").equals("user"), "user again");
        check(r.resolve("/users/1/posts").equals("posts"), "posts");
        check(r.resolve("/teams").equals("404"), "teams");
        check(r.memoSize() == (memo ? 3 : -1), "memo size " + r.memoSize());
        check(r.computedMatches() == (memo ? 4 : 5), "matches " + r.computedMatches());
    }

    public static void main(String[] args) {
        exercise(new SC19HttpRouter(false), false);
        exercise(new SC19HttpRouter(true), true);
        SC19HttpRouter plain = new SC19HttpRouter(false);
        plain.add("/a", "a");
        check(plain.resolve("/a").equals("a") && plain.memoSize() == -1, "plain");
        System.out.println("SC19 ok");
    }
}
