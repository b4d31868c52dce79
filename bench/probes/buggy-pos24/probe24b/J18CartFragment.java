package probe24b;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class J18CartFragment {

    static final class Bundle {
        private final Map<String, LinkedHashMap<String, Integer>> maps = new HashMap<>();
        void putMap(String key, LinkedHashMap<String, Integer> value) { maps.put(key, value); }
        LinkedHashMap<String, Integer> getMap(String key) { return maps.get(key); }
    }

    static final class Handler {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        void post(Runnable r) { queue.add(r); }
        void drain() { while (!queue.isEmpty()) queue.poll().run(); }
    }

    abstract static class Fragment {
        protected boolean attached;
        void onAttach() { attached = true; }
        void onDetach() { attached = false; }
        abstract void onCreateView(Bundle saved);
        abstract void onSaveInstanceState(Bundle out);
    }

    static final class CartFragment extends Fragment {
        static final String KEY = "cart.items";
        private LinkedHashMap<String, Integer> items;
        private final Handler handler;
        final List<String> badge = new ArrayList<>();

        CartFragment(Handler handler) { this.handler = handler; }

        @Override
        void onCreateView(Bundle saved) {
            items = saved == null ? new LinkedHashMap<>() : saved.getMap(KEY);
        }

        void addItem(String sku) {
            items.merge(sku, 1, Integer::sum); // BUG
            handler.post(() -> badge.add("cart " + items.size())); // BUG
        }

        void removeItem(String sku) {
            if (items == null) {
                return;
            }
            items.computeIfPresent(sku, (k, n) -> n > 1 ? n - 1 : null);
            handler.post(() -> badge.add("cart " + (items == null ? 0 : items.size())));
        }

        int count() {
            int total = 0;
            if (items != null) {
                for (int n : items.values()) total += n;
            }
            return total;
        }

        @Override
        void onSaveInstanceState(Bundle out) {
            if (items != null) {
                out.putMap(KEY, new LinkedHashMap<>(items));
            }
        }

        @Override
        void onDetach() { super.onDetach(); items = null; }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        Handler looper = new Handler();
        CartFragment cart = new CartFragment(looper);
        cart.onAttach();
        cart.onCreateView(null);
        cart.addItem("sku-1");
        cart.addItem("sku-1");
        cart.addItem("sku-2");
        looper.drain();
        assert cart.count() == 3 && cart.badge.equals(List.of("cart 2", "cart 2", "cart 2"));
        Bundle state = new Bundle();
        cart.onSaveInstanceState(state);
        cart.removeItem("sku-1");
        cart.onDetach();
        looper.drain();
        cart.removeItem("sku-2");
        cart.onSaveInstanceState(new Bundle());
        assert cart.count() == 0 && cart.badge.get(3).equals("cart 0") && !cart.attached;
        CartFragment restored = new CartFragment(looper);
        restored.onCreateView(state);
        restored.addItem("sku-3");
        looper.drain();
        assert restored.count() == 4 && restored.badge.equals(List.of("cart 3"));

        try {
            CartFragment legacy = new CartFragment(looper);
            Bundle old = new Bundle();
            old.putMap("items", new LinkedHashMap<>());
            legacy.onCreateView(old);
            legacy.addItem("sku-9");
            missed(47);
        } catch (NullPointerException e) { report(e, 47); }
        try {
            CartFragment f = new CartFragment(looper);
            f.onCreateView(null);
            f.addItem("sku-4");
            f.onDetach();
            looper.drain();
            missed(48);
        } catch (NullPointerException e) { report(e, 48); }
    }

    private static final String FILE = "J18CartFragment.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
