package probe22;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spring-style attribute support. Attribute maps are allocated lazily and released when the last
 * attribute is removed. {@code copyAttributesFrom} reads the <em>other</em> instance's private map
 * directly and null-checks it first.
 */
public class W10AttributeAccessorSupport {

    /** Base class for metadata objects; not thread-safe. */
    public abstract static class AttributeAccessorSupport {
        private Map<String, Object> attributes; // null while no attribute is set

        public final void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(name, value);
        }

        public final Object getAttribute(String name) {
            if (attributes == null) {
                return null;
            }
            return attributes.get(name);
        }

        public final Object removeAttribute(String name) {
            if (attributes == null) {
                return null;
            }
            Object old = attributes.remove(name);
            if (attributes.isEmpty()) {
                attributes = null;
            }
            return old;
        }

        public final String[] attributeNames() {
            if (attributes == null) {
                return new String[0];
            }
            return attributes.keySet().toArray(new String[0]);
        }

        protected final void copyAttributesFrom(AttributeAccessorSupport source) {
            if (source == this || source.attributes == null) {
                return;
            }
            for (Map.Entry<String, Object> e : source.attributes.entrySet()) {
                setAttribute(e.getKey(), e.getValue());
            }
        }
    }

    public static final class BeanDefinition extends AttributeAccessorSupport {
        private final String beanClassName;

        public BeanDefinition(String beanClassName) {
            this.beanClassName = beanClassName;
        }

        public BeanDefinition(BeanDefinition original) {
            this(original.beanClassName);
            copyAttributesFrom(original);
        }

        public BeanDefinition mergeWithParent(BeanDefinition parent) {
            BeanDefinition merged = new BeanDefinition(beanClassName);
            merged.copyAttributesFrom(parent);
            merged.copyAttributesFrom(this);
            return merged;
        }

        @Override
        public String toString() {
            return beanClassName + String.join(",", attributeNames());
        }
    }

    public static void main(String[] args) {
        BeanDefinition parent = new BeanDefinition("com.acme.BaseDao");
        BeanDefinition child = new BeanDefinition("com.acme.OrderDao");
        System.out.println(new BeanDefinition(parent) + " | " + child.mergeWithParent(parent));

        parent.setAttribute("scope", "singleton");
        parent.setAttribute("lazy", Boolean.TRUE);
        child.setAttribute("lazy", Boolean.FALSE);
        BeanDefinition merged = child.mergeWithParent(parent);
        System.out.println(merged + " lazy=" + merged.getAttribute("lazy") + " scope=" + merged.getAttribute("scope"));

        merged.copyAttributesFrom(merged);
        merged.removeAttribute("lazy");
        merged.setAttribute("scope", null);
        System.out.println(merged + " names=" + merged.attributeNames().length + " scope=" + merged.getAttribute("scope"));
        System.out.println(new BeanDefinition(merged) + " removed=" + merged.removeAttribute("missing"));
    }
}
