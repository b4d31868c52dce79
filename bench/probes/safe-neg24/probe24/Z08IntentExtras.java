package probe24;

import java.util.HashMap;

/**
 * Android-style intent whose extras bundle is allocated on the first {@link #putExtra}.
 * The accessors use the {@code do { ... } while (false)} block with {@code break} that
 * is common in Android framework code for early exits without multiple returns.
 */
public class Z08IntentExtras {

    private final String action;
    /** Extra name to value; null while the intent carries no extras. */
    private HashMap<String, Object> extras;

    public Z08IntentExtras(String action) {
        this.action = action;
    }

    public Z08IntentExtras putExtra(String name, Object value) {
        if (extras == null) {
            extras = new HashMap<>();
        }
        extras.put(name, value);
        return this;
    }

    public int getIntExtra(String name, int defaultValue) {
        int result = defaultValue;
        do {
            if (extras == null) {
                break;
            }
            if (!(extras.get(name) instanceof Integer value)) {
                break;
            }
            result = value;
        } while (false);
        return result;
    }

    public String getStringExtra(String name) {
        String result = null;
        do {
            if (extras == null) {
                break;
            }
            Object value = extras.get(name);
            if (value == null) {
                break;
            }
            result = value.toString();
        } while (false);
        return result;
    }

    public void removeExtra(String name) {
        do {
            if (extras == null) {
                break;
            }
            extras.remove(name);
            if (!extras.isEmpty()) {
                break;
            }
            extras = null;
        } while (false);
    }

    /** Replaces this intent's extras with a copy of {@code source}'s. */
    public Z08IntentExtras replaceExtras(Z08IntentExtras source) {
        extras = source.extras == null ? null : new HashMap<>(source.extras);
        return this;
    }

    public boolean hasExtras() {
        return extras != null;
    }

    public static void main(String[] args) {
        Z08IntentExtras view = new Z08IntentExtras("android.intent.action.VIEW");
        System.out.println(view.action + " " + view.getIntExtra("page", -1) + " " + view.getStringExtra("url"));
        view.removeExtra("url");
        view.putExtra("url", "https://example.org").putExtra("page", 3).putExtra("title", null);
        System.out.println(view.getIntExtra("page", -1) + " " + view.getIntExtra("url", -1) + " "
                + view.getStringExtra("url") + " " + view.getStringExtra("title"));
        Z08IntentExtras copy = new Z08IntentExtras("android.intent.action.SEND").replaceExtras(view);
        view.removeExtra("url");
        view.removeExtra("page");
        view.removeExtra("title");
        System.out.println(view.hasExtras() + " " + copy.hasExtras() + " " + copy.getIntExtra("page", 0));
        copy.replaceExtras(view);
        System.out.println(copy.hasExtras() + " " + copy.getStringExtra("url"));
    }
}
