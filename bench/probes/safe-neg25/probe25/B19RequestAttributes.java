package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Spring-style request/session attribute scopes. The session only exists once
 * something is stored in it; destruction callbacks are registered lazily and
 * run exactly once when the request completes.
 */
public class B19RequestAttributes {
    public static final int SCOPE_REQUEST = 0;
    public static final int SCOPE_SESSION = 1;

    private final Map<String, Object> request = new HashMap<>();
    private Map<String, Object> sessionAttributes;        // null until a session is created
    private Map<String, Runnable> destructionCallbacks;   // null until the first registration
    private boolean requestActive = true;

    public Object getAttribute(String name, int scope) {
        if (scope == SCOPE_REQUEST) {
            return requestActive ? request.get(name) : null;
        }
        return sessionAttributes != null ? sessionAttributes.get(name) : null;
    }

    public void setAttribute(String name, Object value, int scope) {
        if (scope == SCOPE_REQUEST) {
            if (requestActive) {
                request.put(name, value);
            }
            return;
        }
        if (sessionAttributes == null) {
            sessionAttributes = new LinkedHashMap<>();
        }
        sessionAttributes.put(name, value);
    }

    public void removeAttribute(String name, int scope) {
        if (scope == SCOPE_REQUEST) {
            request.remove(name);
            if (destructionCallbacks != null) {
                destructionCallbacks.remove(name);
            }
        } else if (sessionAttributes != null) {
            sessionAttributes.remove(name);
        }
    }

    public String[] getAttributeNames(int scope) {
        if (scope == SCOPE_REQUEST) {
            return new TreeSet<>(request.keySet()).toArray(new String[0]);
        }
        if (sessionAttributes == null) {
            return new String[0];
        }
        return sessionAttributes.keySet().toArray(new String[0]);
    }

    public void registerDestructionCallback(String name, Runnable callback) {
        if (destructionCallbacks == null) {
            destructionCallbacks = new LinkedHashMap<>();
        }
        destructionCallbacks.put(name, callback);
    }

    public void requestCompleted() {
        Map<String, Runnable> callbacks = destructionCallbacks;
        destructionCallbacks = null;
        if (callbacks != null) {
            for (Runnable r : callbacks.values()) {
                r.run();
            }
        }
        request.clear();
        requestActive = false;
    }

    public void invalidateSession() {
        sessionAttributes = null;
    }

    public boolean hasSession() {
        return sessionAttributes != null;
    }

    public static void main(String[] args) {
        B19RequestAttributes attrs = new B19RequestAttributes();
        List<String> log = new ArrayList<>();
        System.out.println(attrs.getAttribute("user", SCOPE_SESSION) + " " + attrs.getAttributeNames(SCOPE_SESSION).length
                + " " + attrs.hasSession());
        attrs.removeAttribute("user", SCOPE_SESSION);
        attrs.removeAttribute("tx", SCOPE_REQUEST);
        attrs.setAttribute("tx", "tx-1", SCOPE_REQUEST);
        attrs.setAttribute("user", "bob", SCOPE_SESSION);
        attrs.registerDestructionCallback("tx", () -> log.add("tx closed"));
        attrs.registerDestructionCallback("tmp", () -> {
            log.add("tmp deleted");
            attrs.registerDestructionCallback("late", () -> log.add("never run"));
        });
        attrs.registerDestructionCallback("gone", () -> log.add("removed before completion"));
        attrs.removeAttribute("gone", SCOPE_REQUEST);
        System.out.println(String.join(",", attrs.getAttributeNames(SCOPE_REQUEST)) + " "
                + String.join(",", attrs.getAttributeNames(SCOPE_SESSION)) + " " + attrs.getAttribute("tx", SCOPE_REQUEST));
        attrs.requestCompleted();
        System.out.println(log + " " + attrs.getAttribute("tx", SCOPE_REQUEST));
        attrs.setAttribute("x", 1, SCOPE_REQUEST);
        attrs.invalidateSession();
        System.out.println(attrs.getAttribute("user", SCOPE_SESSION) + " " + attrs.hasSession());
        attrs.requestCompleted();
        System.out.println(log.size());
    }
}
