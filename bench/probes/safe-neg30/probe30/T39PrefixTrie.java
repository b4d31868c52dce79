package probe30;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Autocomplete trie; leaf nodes carry no child map at all. */
public final class T39PrefixTrie {
    private static final class Node {
        private SortedMap<Character, Node> children; // null for leaves (the vast majority of nodes)
        private boolean terminal;

        boolean isLeaf() {
            return children == null;
        }
    }

    private Node root = new Node();
    private int size;

    public void add(String word) {
        Node n = root;
        for (char ch : word.toCharArray()) {
            if (n.isLeaf()) n.children = new TreeMap<>();
            n = n.children.computeIfAbsent(ch, k -> new Node());
        }
        if (!n.terminal) size++;
        n.terminal = true;
    }

    private Node find(String prefix) {
        Node n = root;
        for (int i = 0; i < prefix.length() && n != null; i++) {
            n = n.isLeaf() ? null : n.children.get(prefix.charAt(i));
        }
        return n;
    }

    public boolean contains(String word) {
        Node n = find(word);
        return n != null && n.terminal;
    }

    public List<String> withPrefix(String prefix) {
        List<String> out = new ArrayList<>();
        Node n = find(prefix);
        if (n != null) collect(n, new StringBuilder(prefix), out);
        return out;
    }

    private static void collect(Node n, StringBuilder path, List<String> out) {
        if (n.terminal) out.add(path.toString());
        if (n.isLeaf()) return;
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            path.append(e.getKey().charValue());
            collect(e.getValue(), path, out);
            path.setLength(path.length() - 1);
        }
    }

    public boolean remove(String word) {
        if (!remove(root, word, 0)) return false;
        size--;
        return true;
    }

    /** Removes word below n, pruning nodes that no longer lead anywhere. */
    private static boolean remove(Node n, String word, int i) {
        if (i == word.length()) {
            if (!n.terminal) return false;
            n.terminal = false;
            return true;
        }
        if (n.isLeaf()) return false;
        Character key = word.charAt(i);
        Node child = n.children.get(key);
        if (child == null || !remove(child, word, i + 1)) return false;
        if (child.isLeaf() && !child.terminal) {
            n.children.remove(key);
            if (n.children.isEmpty()) n.children = null; // n becomes a leaf again
        }
        return true;
    }

    public int size() {
        return size;
    }

    public void clear() {
        root = new Node();
        size = 0;
    }

    public static void main(String[] args) {
        T39PrefixTrie trie = new T39PrefixTrie();
        assert trie.size() == 0 && !trie.contains("a") && !trie.contains("");
        assert trie.withPrefix("").isEmpty() && trie.withPrefix("ca").isEmpty();
        assert !trie.remove("cat");

        for (String w : List.of("car", "cart", "cat", "dog", "car")) trie.add(w);
        assert trie.size() == 4;
        assert trie.contains("cart") && !trie.contains("ca") && !trie.contains("carts");
        assert trie.withPrefix("ca").equals(List.of("car", "cart", "cat"));
        assert trie.withPrefix("cart").equals(List.of("cart"));
        assert trie.withPrefix("x").isEmpty() && trie.withPrefix("cartography").isEmpty();

        assert trie.remove("cart") && !trie.remove("cart");
        assert !trie.remove("ca") && !trie.remove("cars");
        assert trie.withPrefix("car").equals(List.of("car"));
        assert trie.remove("dog") && trie.withPrefix("d").isEmpty() && !trie.contains("do");
        assert trie.remove("car") && trie.remove("cat");
        assert trie.size() == 0 && trie.withPrefix("").isEmpty() && !trie.contains("c");

        trie.add("");
        assert trie.contains("") && trie.withPrefix("").equals(List.of(""));
        trie.add("zebra");
        trie.clear();
        assert trie.size() == 0 && !trie.contains("zebra") && trie.withPrefix("z").isEmpty();
        System.out.println("T39 ok");
    }
}
