package probe23;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorted prefix trie for autocomplete. A node's child map exists only while it has children:
 * leaves carry none, and removal prunes emptied maps back to null on the way up. Not thread-safe.
 */
public final class X30PrefixTrie {

    private static final class Node {
        private TreeMap<Character, Node> children;
        private boolean terminal;
    }

    private final Node root = new Node();
    private int size;

    public boolean add(String word) {
        Node n = root;
        for (char c : word.toCharArray()) {
            if (n.children == null) {
                n.children = new TreeMap<>();
            }
            n = n.children.computeIfAbsent(c, k -> new Node());
        }
        if (n.terminal) {
            return false;
        }
        n.terminal = true;
        size++;
        return true;
    }

    public boolean contains(String word) {
        Node n = find(word);
        return n != null && n.terminal;
    }

    private Node find(String prefix) {
        Node n = root;
        for (int i = 0; i < prefix.length() && n != null; i++) {
            n = n.children == null ? null : n.children.get(prefix.charAt(i));
        }
        return n;
    }

    public boolean remove(String word) {
        boolean[] removed = {false};
        prune(root, word, 0, removed);
        if (removed[0]) {
            size--;
        }
        return removed[0];
    }

    /** Returns true if the node has become useless and can be unlinked by its parent. */
    private static boolean prune(Node n, String word, int i, boolean[] removed) {
        if (i == word.length()) {
            removed[0] = n.terminal;
            n.terminal = false;
        } else {
            if (n.children == null) {
                return false;
            }
            Node child = n.children.get(word.charAt(i));
            if (child == null) {
                return false;
            }
            if (prune(child, word, i + 1, removed)) {
                n.children.remove(word.charAt(i));
                if (n.children.isEmpty()) {
                    n.children = null;
                }
            }
        }
        return !n.terminal && n.children == null;
    }

    public List<String> complete(String prefix, int limit) {
        List<String> out = new ArrayList<>();
        Node start = find(prefix);
        if (start != null) {
            collect(start, new StringBuilder(prefix), out, limit);
        }
        return out;
    }

    private static void collect(Node n, StringBuilder path, List<String> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (n.terminal) {
            out.add(path.toString());
        }
        if (n.children == null) {
            return;
        }
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
            path.append(e.getKey());
            collect(e.getValue(), path, out, limit);
            path.setLength(path.length() - 1);
        }
    }

    public int size() {
        return size;
    }

    public static void main(String[] args) {
        X30PrefixTrie trie = new X30PrefixTrie();
        System.out.println("empty: " + trie.complete("", 10) + " contains=" + trie.contains("a")
                + " remove=" + trie.remove("a"));
        for (String w : new String[] {"car", "card", "care", "cat", "dog", "do"}) {
            trie.add(w);
        }
        System.out.println("size=" + trie.size() + " ca*=" + trie.complete("ca", 10) + " d*=" + trie.complete("d", 1)
                + " x*=" + trie.complete("x", 5) + " dup=" + trie.add("cat"));
        System.out.println("remove card=" + trie.remove("card") + " remove ca=" + trie.remove("ca")
                + " remove cards=" + trie.remove("cards") + " remove dog=" + trie.remove("dog"));
        System.out.println("size=" + trie.size() + " all=" + trie.complete("", 10) + " do=" + trie.contains("do"));
        for (String w : trie.complete("", 10)) {
            trie.remove(w);
        }
        System.out.println("cleared: size=" + trie.size() + " all=" + trie.complete("", 10));
    }
}
