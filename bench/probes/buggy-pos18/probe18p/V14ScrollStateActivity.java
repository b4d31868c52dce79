package probe18p;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Android-style activity that restores per-tab click counters from its saved instance state. */
public class V14ScrollStateActivity {

    /** Minimal stand-in for android.os.Bundle. */
    static final class Bundle {
        private final Map<String, Object> values = new HashMap<>();

        void putSerializable(String key, Serializable value) {
            values.put(key, value);
        }

        void putInt(String key, int value) {
            values.put(key, value);
        }

        Serializable getSerializable(String key) {
            return (Serializable) values.get(key);
        }
    }

    static final String KEY_CLICKS = "tab_clicks_v2";

    private HashMap<String, Integer> clicksPerTab;
    private String currentTab = "home";

    @SuppressWarnings("unchecked")
    public void onCreate(Bundle savedInstanceState) {
        if (savedInstanceState == null) {
            clicksPerTab = new HashMap<>();
        } else {
            clicksPerTab = (HashMap<String, Integer>) savedInstanceState.getSerializable(KEY_CLICKS);
        }
    }

    public void onTabClicked(String tab) {
        currentTab = tab;
        clicksPerTab.merge(tab, 1, Integer::sum); // BUG
    }

    public void onSaveInstanceState(Bundle out) {
        out.putInt("tab_count", clicksPerTab.size()); // BUG
        out.putSerializable(KEY_CLICKS, clicksPerTab);
        out.putSerializable("current_tab", currentTab);
    }

    public String title() {
        return currentTab + (clicksPerTab == null ? "" : " " + clicksPerTab);
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V14ScrollStateActivity.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V14ScrollStateActivity.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        V14ScrollStateActivity first = new V14ScrollStateActivity();
        first.onCreate(null);
        first.onTabClicked("search");
        Bundle saved = new Bundle();
        first.onSaveInstanceState(saved);
        V14ScrollStateActivity recreated = new V14ScrollStateActivity();
        recreated.onCreate(saved);
        recreated.onTabClicked("search");
        System.out.println(recreated.title());

        // state written by the previous app version used the key "tab_clicks"
        Bundle legacy = new Bundle();
        legacy.putSerializable("tab_clicks", new HashMap<String, Integer>());
        prove(43, () -> {
            V14ScrollStateActivity a = new V14ScrollStateActivity();
            a.onCreate(legacy);
            System.out.println(a.title());
            a.onTabClicked("profile");
        });
        prove(47, () -> {
            V14ScrollStateActivity a = new V14ScrollStateActivity();
            a.onCreate(legacy);
            a.onSaveInstanceState(new Bundle()); // rotation right after restore
        });
    }
}
