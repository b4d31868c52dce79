package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A feature-flag client (LaunchDarkly/Unleash style) that mirrors a remote config source.
 * The local flag map is created when the client attaches to a source, and the change
 * listener that writes into it is registered at the same moment; detach() unregisters
 * the listener before dropping the map, so the callback can never run without the map.
 */
public class SC23FeatureFlagClient {

    /** The remote side: pushes changes to registered listeners. */
    public static final class ConfigSource {
        private final Map<String, Boolean> remote = new HashMap<>();
        private final List<BiConsumer<String, Boolean>> listeners = new ArrayList<>();

        public void addListener(BiConsumer<String, Boolean> l) {
            listeners.add(l);
        }

        public void removeListener(BiConsumer<String, Boolean> l) {
            listeners.remove(l);
        }

        public void publish(String flag, boolean value) {
            remote.put(flag, value);
            for (BiConsumer<String, Boolean> l : List.copyOf(listeners)) {
                l.accept(flag, value);
            }
        }

        Map<String, Boolean> snapshot() {
            return Map.copyOf(remote);
        }
    }

    private ConfigSource source;
    private Map<String, Boolean> flags;
    private BiConsumer<String, Boolean> listener;
    private int updates;

    public void attach(ConfigSource s) {
        if (source != null) {
            throw new IllegalStateException("already attached");
        }
        flags = new HashMap<>(s.snapshot());
        listener = this::onFlagChanged;
        s.addListener(listener);
        source = s;
    }

    private void onFlagChanged(String flag, Boolean value) {
        flags.put(flag, value);
        updates++;
    }

    public void detach() {
        if (source != null) {
            source.removeListener(listener);
            listener = null;
            source = null;
        }
        flags = null;
    }

    public boolean isEnabled(String flag, boolean dflt) {
        if (source == null) {
            return dflt;
        }
        return flags.getOrDefault(flag, dflt);
    }

    public int updates() {
        return updates;
    }

    private static void check(boolean cond, String msg) {
        if (!cond) {
            throw new AssertionError(msg);
        }
    }

    public static void main(String[] args) {
        ConfigSource remote = new ConfigSource();
        remote.publish("dark-mode", true);
        SC23FeatureFlagClient client = new SC23FeatureFlagClient();
        check(!client.isEnabled("dark-mode", false) && client.isEnabled("dark-mode", true), "detached default");
        client.detach();

        client.attach(remote);
        try {
            client.attach(remote);
            throw new AssertionError("expected ISE");
        } catch (IllegalStateException expected) {
            // ok
        }
        check(client.isEnabled("dark-mode", false), "snapshot");
        remote.publish("new-checkout", true);
        remote.publish("dark-mode", false);
        check(client.isEnabled("new-checkout", false) && !client.isEnabled("dark-mode", true), "pushed");
        check(client.updates() == 2, "2 updates");

        for (int i = 0; i < 2; i++) {
            client.detach();
            remote.publish("beta", true);            // must not reach the detached client
            check(!client.isEnabled("beta", false) && client.updates() == 2, "detached");
        }

        client.attach(remote);
        check(client.isEnabled("beta", false) && client.isEnabled("new-checkout", false), "re-attached snapshot");
        remote.publish("beta", false);
        check(!client.isEnabled("beta", true) && client.updates() == 3, "re-attached updates");
        System.out.println("SC23 ok");
    }
}
