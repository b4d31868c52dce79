package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * List adapter of a contacts screen (modelled on Android's RecyclerView.Adapter).
 * The selection map exists only while the contextual action mode is active; taps
 * outside action mode open the contact instead.
 */
public final class D11AndroidContactsAdapter {

    public record Contact(long id, String displayName, String phone) {}

    /** Callback to the hosting activity, which updates the action-bar title. */
    public interface OnSelectionChanged {
        void onSelectionChanged(int selectedCount);
    }

    private final List<Contact> items = new ArrayList<>();
    private Map<Long, Contact> selected; // non-null only in selection (action) mode
    private OnSelectionChanged listener;
    private String lastOpened;

    public void setItems(List<Contact> contacts) {
        items.clear();
        items.addAll(contacts);
        if (selected != null) {
            selected.keySet().retainAll(contacts.stream().map(Contact::id).toList());
        }
    }

    public void setOnSelectionChanged(OnSelectionChanged l) {
        this.listener = l;
    }

    public int getItemCount() {
        return items.size();
    }

    public String onBindViewHolder(int position) {
        Contact c = items.get(position);
        boolean checked = selected != null && selected.containsKey(c.id());
        return (checked ? "[x] " : "[ ] ") + c.displayName();
    }

    public void startSelectionMode() {
        if (selected == null) {
            selected = new LinkedHashMap<>();
        }
    }

    public boolean isInSelectionMode() {
        return selected != null;
    }

    public void onItemClick(int position) {
        Contact c = items.get(position);
        if (selected == null) {
            lastOpened = c.displayName();
            return;
        }
        if (selected.remove(c.id()) == null) {
            selected.put(c.id(), c);
        }
        notifySelection(selected.size());
    }

    public int selectedCount() {
        if (selected == null) {
            return 0;
        }
        return selected.size();
    }

    public List<Contact> finishSelectionMode() {
        if (selected == null) {
            return List.of();
        }
        List<Contact> result = List.copyOf(selected.values());
        selected = null;
        notifySelection(0);
        return result;
    }

    public String lastOpened() {
        return lastOpened;
    }

    public void onDestroy() {
        selected = null;
        listener = null;
        items.clear();
    }

    private void notifySelection(int count) {
        if (listener != null) {
            listener.onSelectionChanged(count);
        }
    }

    public static void main(String[] args) {
        D11AndroidContactsAdapter a = new D11AndroidContactsAdapter();
        a.setItems(List.of(new Contact(1, "Ada", "555-1"), new Contact(2, "Bo", "555-2"), new Contact(3, "Cid", "555-3")));
        a.setOnSelectionChanged(n -> System.out.println("title: " + n + " selected"));
        a.onItemClick(1);
        System.out.println(a.lastOpened() + " " + a.selectedCount() + " " + a.finishSelectionMode() + " " + a.isInSelectionMode());
        a.startSelectionMode();
        a.onItemClick(0);
        a.onItemClick(2);
        a.onItemClick(0);
        for (int i = 0; i < a.getItemCount(); i++) {
            System.out.println(a.onBindViewHolder(i));
        }
        a.setItems(List.of(new Contact(2, "Bo", "555-2")));
        System.out.println(a.selectedCount() + " " + a.finishSelectionMode());
        a.setOnSelectionChanged(n -> a.finishSelectionMode());
        a.startSelectionMode();
        a.onItemClick(0);
        System.out.println(a.isInSelectionMode() + " " + a.onBindViewHolder(0));
        a.onDestroy();
        System.out.println(a.getItemCount() + " " + a.selectedCount());
    }
}
