package probe18p;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** Android RecyclerView-style adapter keeping selection and pin state per item. */
public class V06SelectionAdapter {

    record Item(long id, String title) {
    }

    private final List<Item> items = new ArrayList<>();
    private Map<Long, Boolean> selected = new HashMap<>();
    private WeakHashMap<Item, Long> pinnedAt = new WeakHashMap<>();

    /** Bound view for one row; created by the adapter and reused while scrolling. */
    final class ItemHolder {
        private String text = "";

        void bind(int position) {
            Item item = items.get(position);
            boolean checked = selected.getOrDefault(item.id(), Boolean.FALSE); // BUG
            text = (checked ? "[x] " : "[ ] ") + item.title();
        }

        void onClick(int position) {
            if (selected == null) {
                return;
            }
            selected.merge(items.get(position).id(), Boolean.TRUE, (a, b) -> !a);
        }
    }

    public V06SelectionAdapter(List<Item> data) {
        items.addAll(data);
    }

    public ItemHolder onCreateViewHolder() {
        return new ItemHolder();
    }

    public void pin(Item item, long when) {
        pinnedAt.put(item, when);
    }

    public Comparator<Item> pinnedFirst() {
        return new Comparator<Item>() {
            @Override
            public int compare(Item a, Item b) {
                Long pa = pinnedAt.get(a); // BUG
                Long pb = pinnedAt.get(b);
                if (pa != null || pb != null) {
                    return pa == null ? 1 : pb == null ? -1 : Long.compare(pb, pa);
                }
                return a.title().compareTo(b.title());
            }
        };
    }

    /** Release per-view state when the adapter is detached from its RecyclerView. */
    public void onDetachedFromRecyclerView() {
        selected = null;
        pinnedAt = null;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V06SelectionAdapter.java:" + line;
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
        if (top != null && "V06SelectionAdapter.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        List<Item> data = List.of(new Item(1, "Inbox"), new Item(2, "Archive"), new Item(3, "Drafts"));
        V06SelectionAdapter adapter = new V06SelectionAdapter(data);
        ItemHolder holder = adapter.onCreateViewHolder();
        holder.onClick(1);
        holder.bind(1);
        adapter.pin(data.get(2), 100L);
        List<Item> sorted = new ArrayList<>(data);
        sorted.sort(adapter.pinnedFirst());
        System.out.println(holder.text + " " + sorted);
        adapter.onDetachedFromRecyclerView();
        holder.onClick(0);

        prove(26, () -> {
            V06SelectionAdapter a = new V06SelectionAdapter(data);
            ItemHolder h = a.onCreateViewHolder();
            a.onDetachedFromRecyclerView();
            h.bind(0); // a recycled holder is rebound after detach
        });
        prove(54, () -> {
            V06SelectionAdapter a = new V06SelectionAdapter(data);
            Comparator<Item> order = a.pinnedFirst();
            a.onDetachedFromRecyclerView();
            List<Item> copy = new ArrayList<>(data);
            copy.sort(order);
        });
    }
}
