package probe22;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Android {@code Bundle}-style container. A bundle read from a parcel keeps the raw wire data and
 * has no map until something touches its contents; every accessor first calls the private
 * {@code unparcel()}, which always leaves the map allocated.
 */
public class W15ParcelBundle {

    /** Like android.os.Bundle, not thread-safe. */
    public static final class Bundle {
        private String parcelledData;    // "k=v;k=v" wire form awaiting unparcel(), or null
        private Map<String, String> map; // null until unparcel(), and after clear()

        public static Bundle fromParcel(String data) {
            Bundle b = new Bundle();
            b.parcelledData = data;
            return b;
        }

        private void unparcel() {
            if (map != null) {
                return;
            }
            Map<String, String> m = new LinkedHashMap<>();
            if (parcelledData != null) {
                for (String pair : parcelledData.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        m.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
                parcelledData = null;
            }
            map = m;
        }

        public boolean isParcelled() {
            return parcelledData != null;
        }

        public void putString(String key, String value) {
            unparcel();
            map.put(key, value);
        }

        public String getString(String key, String defaultValue) {
            unparcel();
            String v = map.get(key);
            return v == null ? defaultValue : v;
        }

        public boolean containsKey(String key) {
            unparcel();
            return map.containsKey(key);
        }

        public int size() {
            unparcel();
            return map.size();
        }

        public Set<String> keySet() {
            unparcel();
            return Collections.unmodifiableSet(map.keySet());
        }

        public String writeToParcel() {
            if (map == null) {
                return parcelledData == null ? "" : parcelledData;
            }
            StringBuilder sb = new StringBuilder();
            map.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
            return sb.toString();
        }

        public void clear() {
            map = null;
            parcelledData = null;
        }
    }

    public static void main(String[] args) {
        Bundle fresh = new Bundle();
        System.out.println("[" + fresh.writeToParcel() + "] size=" + fresh.size());

        Bundle incoming = Bundle.fromParcel("user=alice;screen=cart;bogus");
        System.out.println(incoming.isParcelled() + " [" + incoming.writeToParcel() + "]");
        System.out.println(incoming.getString("screen", "home") + " parcelled=" + incoming.isParcelled()
                + " keys=" + incoming.keySet());
        incoming.putString("step", "2");
        System.out.println(incoming.writeToParcel() + " has user=" + incoming.containsKey("user"));

        incoming.clear();
        System.out.println("[" + incoming.writeToParcel() + "] user=" + incoming.getString("user", "?")
                + " size=" + incoming.size());
    }
}
