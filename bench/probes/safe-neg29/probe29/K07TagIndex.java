package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Global tag index mapping each tag to the items that carry it. */
public final class K07TagIndex {

    private static Map<String, List<String>> byTag;
    private static int count;

    private K07TagIndex() {
    }

    public static synchronized void tag(String item, String tag) {
        if (count == 0) {
            byTag = new TreeMap<>();
        }
        List<String> items = byTag.get(tag);
        if (items == null) {
            items = new ArrayList<>();
            byTag.put(tag, items);
            count++;
        }
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    public static synchronized boolean untag(String item, String tag) {
        if (count == 0) {
            return false;
        }
        List<String> items = byTag.get(tag);
        if (items == null || !items.remove(item)) {
            return false;
        }
        if (items.isEmpty()) {
            byTag.remove(tag);
            count--;
            if (count == 0) {
                byTag = null;
            }
        }
        return true;
    }

    public static synchronized List<String> items(String tag) {
        if (count > 0) {
            List<String> items = byTag.get(tag);
            if (items != null) {
                return new ArrayList<>(items);
            }
        }
        return new ArrayList<>();
    }

    public static synchronized int tagCount() {
        return count;
    }

    public static synchronized String dump() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                for (Map.Entry<String, List<String>> e : byTag.entrySet()) {
                    sb.append(e.getKey()).append('=').append(e.getValue()).append(';');
                }
            }
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        System.out.println("empty: " + tagCount() + " " + items("red") + " " + dump() + " " + untag("a", "red"));
        tag("apple", "red");
        tag("cherry", "red");
        tag("apple", "red");
        tag("banana", "yellow");
        System.out.println(tagCount() + " " + dump());
        System.out.println("red=" + items("red") + " blue=" + items("blue"));
        System.out.println("untag missing=" + untag("kiwi", "red") + " " + untag("apple", "blue"));
        System.out.println(untag("apple", "red") + " " + untag("cherry", "red") + " " + dump());
        System.out.println(untag("banana", "yellow") + " count=" + tagCount() + " " + dump());
        System.out.println("after release: " + items("yellow") + " " + untag("banana", "yellow"));
        tag("lime", "green");
        System.out.println(dump());
        untag("lime", "green");
    }
}
