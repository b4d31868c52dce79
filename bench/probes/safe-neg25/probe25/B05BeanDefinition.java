package probe25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spring-style bean definition. Attributes and qualifiers are uncommon, so
 * both maps are allocated on first use.
 */
public class B05BeanDefinition {
    public enum Scope { SINGLETON, PROTOTYPE }

    private String beanClassName;
    private Scope scope = Scope.SINGLETON;
    private boolean lazyInit;
    private final List<String> dependsOn = new ArrayList<>();
    private Map<String, Object> attributes;
    private Map<String, String> qualifiers;

    public B05BeanDefinition(String beanClassName) {
        this.beanClassName = beanClassName;
    }

    public B05BeanDefinition(B05BeanDefinition original) {
        this(original.beanClassName);
        overrideFrom(original);
    }

    public void overrideFrom(B05BeanDefinition other) {
        if (other.beanClassName != null) {
            beanClassName = other.beanClassName;
        }
        scope = other.scope;
        lazyInit = other.lazyInit;
        for (String dep : other.dependsOn) {
            if (!dependsOn.contains(dep)) {
                dependsOn.add(dep);
            }
        }
        if (other.attributes != null) {
            other.attributes.forEach(this::setAttribute);
        }
        if (other.qualifiers != null) {
            for (Map.Entry<String, String> e : other.qualifiers.entrySet()) {
                addQualifier(e.getKey(), e.getValue());
            }
        }
    }

    public void setAttribute(String name, Object value) {
        if (value != null) {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(name, value);
        } else {
            removeAttribute(name);
        }
    }

    public Object getAttribute(String name) {
        return (attributes != null ? attributes.get(name) : null);
    }

    public Object removeAttribute(String name) {
        return (attributes != null ? attributes.remove(name) : null);
    }

    public String[] attributeNames() {
        return attributes == null ? new String[0] : attributes.keySet().toArray(new String[0]);
    }

    public void addQualifier(String type, String value) {
        if (qualifiers == null) {
            qualifiers = new LinkedHashMap<>(4);
        }
        qualifiers.put(type, value);
    }

    public final boolean hasQualifier(String type) {
        return qualifiers != null && qualifiers.containsKey(type);
    }

    public String getQualifier(String type) {
        return hasQualifier(type) ? qualifiers.get(type) : null;
    }

    public void setScope(Scope scope) { this.scope = scope; }

    public void setLazyInit(boolean lazyInit) { this.lazyInit = lazyInit; }

    public void dependsOn(String beanName) { dependsOn.add(beanName); }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof B05BeanDefinition that)) {
            return false;
        }
        return Objects.equals(beanClassName, that.beanClassName) && scope == that.scope
                && lazyInit == that.lazyInit && dependsOn.equals(that.dependsOn)
                && Objects.equals(attributes, that.attributes) && Objects.equals(qualifiers, that.qualifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(beanClassName, scope, qualifiers);
    }

    @Override
    public String toString() {
        return "Bean [" + beanClassName + "]; scope=" + scope + "; lazyInit=" + lazyInit
                + "; qualifiers=" + (qualifiers == null ? "{}" : qualifiers);
    }

    public static void main(String[] args) {
        B05BeanDefinition def = new B05BeanDefinition("com.acme.OrderService");
        System.out.println(def.getAttribute("x") + " " + def.removeAttribute("x") + " "
                + def.attributeNames().length + " " + def.hasQualifier("primary") + " " + def.getQualifier("primary"));
        B05BeanDefinition emptyCopy = new B05BeanDefinition(def);
        System.out.println(emptyCopy.equals(def) + " " + (emptyCopy.hashCode() == def.hashCode()) + " " + emptyCopy);
        def.setAttribute("source", "config.xml");
        def.setAttribute("order", 3);
        def.setAttribute("order", null);
        def.addQualifier("region", "eu");
        def.setScope(Scope.PROTOTYPE);
        def.setLazyInit(true);
        def.dependsOn("dataSource");
        B05BeanDefinition child = new B05BeanDefinition((String) null);
        child.overrideFrom(def);
        System.out.println(child.equals(def) + " " + child.getQualifier("region") + " "
                + String.join(",", child.attributeNames()) + " " + child);
        child.overrideFrom(child);
        System.out.println(child.getAttribute("source") + " " + def.equals("x"));
    }
}
