package probe24;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A UI fragment driven through Android-like lifecycle states. States are ordered, and
 * {@code isAtLeast} compares ordinals: the view cache is created on the way up to CREATED
 * and dropped on the way down from it, so "at least CREATED" guarantees the cache.
 */
public class Z39FragmentLifecycle {

    /** Ordered lifecycle states, as in androidx.lifecycle.Lifecycle.State. */
    enum State {
        DESTROYED, INITIALIZED, CREATED, STARTED, RESUMED;

        boolean isAtLeast(State other) {
            return compareTo(other) >= 0;
        }
    }

    private State state = State.INITIALIZED;
    /** View id to bound text; non-null exactly while state.isAtLeast(CREATED). */
    private LinkedHashMap<Integer, String> viewCache;

    /** Moves one state at a time towards {@code target}; DESTROYED is final. */
    public void moveTo(State target) {
        while (state != State.DESTROYED && state.compareTo(target) < 0) {
            switch (state) {
                case INITIALIZED -> {
                    viewCache = new LinkedHashMap<>();
                    state = State.CREATED;
                }
                case CREATED -> state = State.STARTED;
                default -> state = State.RESUMED;
            }
        }
        while (state != State.DESTROYED && state.compareTo(target) > 0) {
            switch (state) {
                case RESUMED -> state = State.STARTED;
                case STARTED -> state = State.CREATED;
                case CREATED -> {
                    viewCache = null;
                    state = State.DESTROYED;
                }
                default -> state = State.DESTROYED;
            }
        }
    }

    public boolean bind(int viewId, String text) {
        if (!state.isAtLeast(State.CREATED)) {
            return false;
        }
        viewCache.put(viewId, text);
        return true;
    }

    /** What is on screen: only started fragments are visible. */
    public List<String> render() {
        if (!state.isAtLeast(State.STARTED)) {
            return List.of();
        }
        return List.copyOf(viewCache.values());
    }

    public int cachedViews() {
        return state.isAtLeast(State.CREATED) ? viewCache.size() : 0;
    }

    public static void main(String[] args) {
        Z39FragmentLifecycle f = new Z39FragmentLifecycle();
        System.out.println(f.bind(1, "early") + " " + f.render() + " " + f.cachedViews());
        f.moveTo(State.CREATED);
        f.bind(1, "Title");
        System.out.println(f.render() + " " + f.cachedViews());
        f.moveTo(State.RESUMED);
        f.bind(2, "Body");
        System.out.println(f.render() + " " + f.state);
        f.moveTo(State.STARTED);
        f.moveTo(State.INITIALIZED);
        System.out.println(f.bind(3, "late") + " " + f.render() + " " + f.cachedViews() + " " + f.state);
        f.moveTo(State.RESUMED);
        System.out.println(f.state + " " + f.cachedViews());
    }
}
