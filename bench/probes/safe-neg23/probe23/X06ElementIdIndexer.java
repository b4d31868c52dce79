package probe23;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an id index over a small DOM-like tree; most elements carry no attributes at all. */
public final class X06ElementIdIndexer {

    /** Tree element; the attribute map is allocated only for elements that have attributes. */
    static final class Element {
        final String tag;
        final List<Element> children = new ArrayList<>();
        private LinkedHashMap<String, String> attributes;

        Element(String tag) {
            this.tag = tag;
        }

        Element attr(String name, String value) {
            if (attributes == null) {
                attributes = new LinkedHashMap<>(4);
            }
            attributes.put(name, value);
            return this;
        }

        Element removeAttr(String name) {
            if (attributes != null && attributes.remove(name) != null && attributes.isEmpty()) {
                attributes = null;
            }
            return this;
        }

        Element add(Element child) {
            children.add(child);
            return this;
        }

        @Override
        public String toString() {
            return "<" + tag + (attributes == null ? "" : " " + attributes) + ">";
        }
    }

    /** Document-order index of elements by their id attribute; the first occurrence wins. */
    static Map<String, Element> indexIds(Element root) {
        Map<String, Element> byId = new LinkedHashMap<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            for (int i = e.children.size() - 1; i >= 0; i--) {
                stack.push(e.children.get(i));
            }
            if (e.attributes == null) {
                continue;
            }
            String id = e.attributes.get("id");
            if (id != null) {
                byId.putIfAbsent(id, e);
            }
        }
        return byId;
    }

    static int countAttributes(Element e) {
        int n = 0;
        for (Element child : e.children) {
            n += countAttributes(child);
        }
        if (e.attributes != null) {
            n += e.attributes.size();
        }
        return n;
    }

    public static void main(String[] args) {
        Element form = new Element("form").attr("id", "login").attr("method", "post");
        Element user = new Element("input").attr("id", "user").attr("type", "text");
        Element pass = new Element("input").attr("type", "password");
        Element body = new Element("body")
                .add(new Element("h1"))
                .add(form.add(new Element("label")).add(user).add(pass))
                .add(new Element("div").attr("id", "user"));
        Element html = new Element("html").add(new Element("head")).add(body);

        System.out.println("ids=" + indexIds(html) + " attrs=" + countAttributes(html));
        pass.removeAttr("type");
        user.removeAttr("id").removeAttr("type");
        System.out.println("ids=" + indexIds(html) + " attrs=" + countAttributes(html));
        System.out.println("single bare element: " + indexIds(new Element("p")));
    }
}
