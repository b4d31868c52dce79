package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checkout form fragment (modelled on an Android Fragment). The form model exists only
 * between onCreateView() and onDestroyView(); values restored from a saved-instance Bundle
 * are parked in a second map until the view is recreated.
 */
public final class D24FragmentStateSaver {

    /** Minimal stand-in for android.os.Bundle. */
    public static final class Bundle {
        private final Map<String, Object> values = new HashMap<>();

        public void putString(String key, String value) {
            values.put(key, value);
        }

        public void putInt(String key, int value) {
            values.put(key, value);
        }

        public String getString(String key, String def) {
            return values.get(key) instanceof String s ? s : def;
        }

        public int getInt(String key, int def) {
            return values.get(key) instanceof Integer i ? i : def;
        }

        public Set<String> keySet() {
            return new TreeSet<>(values.keySet());
        }
    }

    public static final class CheckoutFragment {
        private static final String PREFIX = "field.";
        private Map<String, String> formFields;     // non-null only while the view exists
        private Map<String, String> restoredFields; // non-null only between onCreate(saved) and onCreateView()
        private int step;

        public void onCreate(Bundle savedInstanceState) {
            if (savedInstanceState == null) {
                return;
            }
            step = savedInstanceState.getInt("step", 0);
            for (String key : savedInstanceState.keySet()) {
                if (key.startsWith(PREFIX)) {
                    if (restoredFields == null) {
                        restoredFields = new HashMap<>();
                    }
                    restoredFields.put(key.substring(PREFIX.length()), savedInstanceState.getString(key, ""));
                }
            }
        }

        public void onCreateView() {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", "");
            form.put("address", "");
            form.put("card", "");
            if (restoredFields != null) {
                form.putAll(restoredFields);
                restoredFields = null;
            }
            formFields = form;
        }

        public boolean onTextChanged(String field, String value) {
            if (formFields == null || !formFields.containsKey(field)) {
                return false;
            }
            formFields.put(field, value == null ? "" : value);
            return true;
        }

        public boolean isFormComplete() {
            return formFields != null && formFields.values().stream().noneMatch(String::isBlank);
        }

        public boolean nextStep() {
            if (!isFormComplete()) {
                return false;
            }
            step++;
            return true;
        }

        public void onSaveInstanceState(Bundle out) {
            out.putInt("step", step);
            Map<String, String> source = formFields != null ? formFields : restoredFields;
            if (source == null) {
                return;
            }
            source.forEach((k, v) -> out.putString(PREFIX + k, v));
        }

        public void onDestroyView() {
            formFields = null;
        }

        @Override
        public String toString() {
            return "step=" + step + " form=" + formFields + " restored=" + restoredFields;
        }
    }

    public static void main(String[] args) {
        CheckoutFragment f = new CheckoutFragment();
        f.onCreate(null);
        Bundle empty = new Bundle();
        f.onSaveInstanceState(empty);
        System.out.println(f + " " + f.onTextChanged("name", "x") + " " + f.isFormComplete() + " " + f.nextStep() + " " + empty.keySet());
        f.onCreateView();
        f.onTextChanged("name", "Ada");
        f.onTextChanged("address", "1 Loop St");
        System.out.println(f.onTextChanged("email", "a@b") + " " + f.isFormComplete() + " " + f);
        Bundle saved = new Bundle();
        f.onSaveInstanceState(saved);
        f.onDestroyView();
        CheckoutFragment recreated = new CheckoutFragment();
        recreated.onCreate(saved);
        Bundle again = new Bundle();
        recreated.onSaveInstanceState(again);
        System.out.println(recreated + " " + again.keySet());
        recreated.onCreateView();
        recreated.onTextChanged("card", "4111");
        System.out.println(recreated.nextStep() + " " + recreated);
        recreated.onDestroyView();
        System.out.println(recreated.isFormComplete() + " " + recreated.onTextChanged("card", null));
    }
}
