package probe25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shop category tree (ATG/Hybris style). Leaves have no children map.
 * Invariant: a node whose {@code parent} is set is always registered under its
 * name in that parent's (therefore non-null) {@code children} map, so
 * detach() can use {@code parent.children} without a test.
 */
public final class B36CategoryNode {
    private final String name;
    private B36CategoryNode parent;
    private Map<String, B36CategoryNode> children; // null for leaves
    private int productCount;

    public B36CategoryNode(String name) {
        if (name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("bad category name: " + name);
        }
        this.name = name;
    }

    public B36CategoryNode addChild(String childName) {
        B36CategoryNode existing = child(childName);
        if (existing != null) {
            return existing;
        }
        B36CategoryNode child = new B36CategoryNode(childName);
        if (children == null) {
            children = new LinkedHashMap<>();
        }
        children.put(childName, child);
        child.parent = this;
        return child;
    }

    public B36CategoryNode child(String childName) {
        return children == null ? null : children.get(childName);
    }

    public boolean isLeaf() {
        return children == null;
    }

    public boolean isDescendantOf(B36CategoryNode ancestor) {
        for (B36CategoryNode p = parent; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    public void detach() {
        if (parent == null) {
            return;
        }
        parent.children.remove(name);
        if (parent.children.isEmpty()) {
            parent.children = null;
        }
        parent = null;
    }

    public void moveTo(B36CategoryNode newParent) {
        if (newParent == parent) {
            return;
        }
        if (newParent == this || newParent.isDescendantOf(this) || newParent.child(name) != null) {
            throw new IllegalArgumentException("cannot move " + name + " under " + newParent.path());
        }
        detach();
        if (newParent.children == null) {
            newParent.children = new LinkedHashMap<>();
        }
        newParent.children.put(name, this);
        parent = newParent;
    }

    public void addProducts(int n) {
        productCount += n;
    }

    public int totalProducts() {
        int total = productCount;
        if (children != null) {
            for (B36CategoryNode c : children.values()) {
                total += c.totalProducts();
            }
        }
        return total;
    }

    public String path() {
        return parent == null ? name : parent.path() + "/" + name;
    }

    public B36CategoryNode find(String relativePath) {
        B36CategoryNode node = this;
        for (String part : relativePath.split("/")) {
            node = node.child(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    public List<String> leafPaths() {
        List<String> out = new ArrayList<>();
        if (isLeaf()) {
            out.add(path());
        } else {
            children.values().forEach(c -> out.addAll(c.leafPaths()));
        }
        return out;
    }

    public static void main(String[] args) {
        B36CategoryNode root = new B36CategoryNode("shop");
        System.out.println(root.isLeaf() + " " + root.leafPaths() + " " + root.find("x") + " " + root.totalProducts());
        root.detach();
        B36CategoryNode phones = root.addChild("electronics").addChild("phones");
        root.addChild("electronics").addChild("laptops").addProducts(4);
        phones.addProducts(7);
        B36CategoryNode garden = root.addChild("garden");
        System.out.println(root.leafPaths() + " " + root.totalProducts() + " " + root.find("electronics/phones").path());
        phones.moveTo(garden);
        phones.moveTo(garden);
        System.out.println(root.leafPaths() + " " + garden.totalProducts() + " " + phones.isDescendantOf(root));
        root.find("electronics/laptops").detach();
        System.out.println(root.leafPaths() + " " + root.child("electronics").isLeaf());
        phones.detach();
        garden.detach();
        root.child("electronics").detach();
        System.out.println(root.isLeaf() + " " + root.leafPaths() + " " + phones.path() + " " + garden.isLeaf());
    }
}
