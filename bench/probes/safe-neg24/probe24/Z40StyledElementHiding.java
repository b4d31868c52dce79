package probe24;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * DOM-like elements. The base element allocates its attribute map lazily; the styled
 * subclass declares its own, always-present field with the same name, which hides the
 * inherited one, so the subclass's unqualified {@code attributes} is never null while
 * {@code super.attributes} still can be.
 */
public class Z40StyledElementHiding {

    static class Element {
        protected final String tag;
        /** Markup attributes; null while the element has none. */
        protected LinkedHashMap<String, String> attributes;

        Element(String tag) {
            this.tag = tag;
        }

        public void setAttribute(String name, String value) {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(name, value);
        }

        public String getAttribute(String name) {
            return attributes == null ? null : attributes.get(name);
        }

        public void clearAttributes() {
            attributes = null;
        }

        public String openTag() {
            StringBuilder sb = new StringBuilder("<").append(tag);
            if (attributes != null) {
                attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
            }
            return sb.append('>').toString();
        }
    }

    /** An element with inline CSS properties, kept in its own map named {@code attributes}. */
    static final class StyledElement extends Element {
        /** CSS property to value; hides {@link Element#attributes}. */
        private final TreeMap<String, String> attributes = new TreeMap<>();

        StyledElement(String tag) {
            super(tag);
        }

        public void style(String property, String value) {
            attributes.put(property, value);
        }

        public String css() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                sb.append(e.getKey()).append(": ").append(e.getValue()).append("; ");
            }
            return sb.toString().trim();
        }

        public int markupAttributeCount() {
            return super.attributes == null ? 0 : super.attributes.size();
        }

        @Override
        public String openTag() {
            if (attributes.isEmpty()) {
                return super.openTag();
            }
            setAttribute("style", css());
            return super.openTag();
        }
    }

    public static void main(String[] args) {
        Element plain = new Element("p");
        System.out.println(plain.openTag() + " " + plain.getAttribute("id"));
        plain.setAttribute("id", "intro");
        System.out.println(plain.openTag());
        StyledElement div = new StyledElement("div");
        System.out.println(div.openTag() + " " + div.css() + " " + div.markupAttributeCount());
        div.style("color", "red");
        div.style("margin", "0");
        System.out.println(div.openTag() + " " + div.markupAttributeCount() + " " + div.getAttribute("style"));
        div.clearAttributes();
        plain.clearAttributes();
        System.out.println(div.markupAttributeCount() + " " + div.css() + " " + plain.openTag());
    }
}
