package probe30;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Request-scoped attributes, as attached to a servlet-style request object. */
public final class T26AttributeBag {
    private Map<String, Object> attributes; // null after release()

    public T26AttributeBag(Map<String, Object> initial) {
        attributes = new HashMap<>(Objects.requireNonNullElse(initial, Map.of()));
    }

    public void setAttribute(String name, Object value) {
        if (attributes == null) throw new IllegalStateException("request already released");
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    public <T> Optional<T> getAttribute(String name, Class<T> type) {
        if (attributes == null) return Optional.empty();
        Object value = attributes.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    public Set<String> names() {
        return attributes == null ? Set.of() : Set.copyOf(attributes.keySet());
    }

    public boolean isReleased() {
        return attributes == null;
    }

    /** Called by the container when the request completes. */
    public void release() {
        attributes = null;
    }

    public static void main(String[] args) {
        T26AttributeBag noInitial = new T26AttributeBag(null);
        assert noInitial.names().isEmpty() && !noInitial.isReleased();
        noInitial.setAttribute("user", "ada");
        assert noInitial.getAttribute("user", String.class).orElseThrow().equals("ada");
        assert noInitial.getAttribute("user", Integer.class).isEmpty();
        noInitial.setAttribute("user", null);
        assert noInitial.names().isEmpty();

        Map<String, Object> seed = new HashMap<>();
        seed.put("traceId", 42L);
        T26AttributeBag bag = new T26AttributeBag(seed);
        seed.put("late", "x"); // the bag took a copy
        assert bag.names().equals(Set.of("traceId"));
        assert bag.getAttribute("traceId", Long.class).orElseThrow() == 42L;

        bag.release();
        assert bag.isReleased() && bag.names().isEmpty();
        assert bag.getAttribute("traceId", Long.class).isEmpty();
        try {
            bag.setAttribute("x", 1);
            throw new AssertionError("write after release");
        } catch (IllegalStateException expected) {
            // released
        }
        bag.release();
        noInitial.release();
        System.out.println("T26 ok");
    }
}
