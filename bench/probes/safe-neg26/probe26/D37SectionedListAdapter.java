package probe26;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * RecyclerView-style adapter of a music-library screen. When sectioning is on, a header row
 * is inserted before each initial letter; the header table (adapter position -> title) is
 * null when the list is shown flat.
 */
public final class D37SectionedListAdapter {

    public static final int TYPE_HEADER = 0;
    public static final int TYPE_ITEM = 1;

    private final List<String> items = new ArrayList<>();
    private TreeMap<Integer, String> headersByPosition; // null when the list is not sectioned

    public void submitList(List<String> newItems, boolean sectioned) {
        items.clear();
        items.addAll(newItems);
        items.sort(String.CASE_INSENSITIVE_ORDER);
        headersByPosition = sectioned ? buildHeaders(items) : null;
    }

    public void setSectioned(boolean sectioned) {
        headersByPosition = sectioned ? buildHeaders(items) : null;
    }

    private static TreeMap<Integer, String> buildHeaders(List<String> sorted) {
        TreeMap<Integer, String> headers = new TreeMap<>();
        String lastLetter = null;
        for (int i = 0; i < sorted.size(); i++) {
            String s = sorted.get(i);
            String letter = s.isEmpty() ? "#" : s.substring(0, 1).toUpperCase();
            if (!letter.equals(lastLetter)) {
                headers.put(i + headers.size(), letter);
                lastLetter = letter;
            }
        }
        return headers;
    }

    public int getItemCount() {
        return items.size() + (headersByPosition == null ? 0 : headersByPosition.size());
    }

    public int getItemViewType(int position) {
        return headersByPosition != null && headersByPosition.containsKey(position) ? TYPE_HEADER : TYPE_ITEM;
    }

    public String onBindViewHolder(int position) {
        if (headersByPosition == null) {
            return items.get(position);
        }
        String header = headersByPosition.get(position);
        if (header != null) {
            return "== " + header + " ==";
        }
        int headersBefore = headersByPosition.headMap(position, false).size();
        return "   " + items.get(position - headersBefore);
    }

    public Optional<String> sectionFor(int position) {
        if (headersByPosition == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> e = headersByPosition.floorEntry(position);
        return Optional.ofNullable(e).map(Map.Entry::getValue);
    }

    public int sectionCount() {
        return headersByPosition != null ? headersByPosition.size() : 0;
    }

    public List<String> render() {
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < getItemCount(); p++) {
            rows.add(getItemViewType(p) + ":" + onBindViewHolder(p));
        }
        return rows;
    }

    public static void main(String[] args) {
        D37SectionedListAdapter adapter = new D37SectionedListAdapter();
        System.out.println(adapter.getItemCount() + " " + adapter.sectionCount() + " " + adapter.sectionFor(0) + " " + adapter.render());
        adapter.submitList(List.of("Blur", "ABBA", "Beck", "Air", "Can", ""), false);
        System.out.println(adapter.render() + " " + adapter.getItemViewType(0) + " " + adapter.sectionFor(1));
        adapter.setSectioned(true);
        System.out.println(adapter.render() + " sections=" + adapter.sectionCount() + " " + adapter.sectionFor(5));
        adapter.submitList(List.of("Zappa"), true);
        System.out.println(adapter.render() + " " + adapter.onBindViewHolder(1));
        adapter.setSectioned(false);
        System.out.println(adapter.render());
    }
}
