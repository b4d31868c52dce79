package probe20;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

public final class S25ReportTemplate {
    private final String name;
    private Map<String, String> placeholders;
    private Map<String, String> styles;

    public S25ReportTemplate(String name) {
        this.name = name;
    }

    public S25ReportTemplate(String name, Map<String, String> placeholders) {
        this.name = name;
        this.placeholders = placeholders;
    }

    public S25ReportTemplate style(String k, String v) {
        if (styles == null) {
            styles = new HashMap<>();
        }
        styles.put(k, v);
        return this;
    }

    public String render(String body) {
        String out = body;
        if (placeholders != null) {
            for (Map.Entry<String, String> e : placeholders.entrySet()) {
                out = out.replace("${" + e.getKey() + "}", e.getValue());
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof S25ReportTemplate other)) {
            return false;
        }
        return name.equals(other.name)
                && Objects.equals(placeholders, other.placeholders)
                && Objects.equals(styles, other.styles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, placeholders, styles);
    }

    @Override
    public String toString() {
        return "Template[" + name + ", placeholders=" + Objects.toString(placeholders, "none")
                + ", styles=" + Objects.toString(styles, "none") + "]";
    }

    public static void main(String[] args) {
        S25ReportTemplate a = new S25ReportTemplate("monthly");
        S25ReportTemplate b = new S25ReportTemplate("monthly", null);
        System.out.println(a + " equals b: " + a.equals(b) + " hash eq: " + (a.hashCode() == b.hashCode()));
        System.out.println(a.render("Revenue for ${month}"));
        Map<String, String> ph = new HashMap<>();
        ph.put("month", "March");
        ph.put("total", "$12,400");
        S25ReportTemplate c = new S25ReportTemplate("monthly", ph).style("font", "serif");
        System.out.println(c.render("Revenue for ${month}: ${total}"));
        System.out.println(c + " equals a: " + c.equals(a) + " / " + a.equals(c));
        a.style("font", "serif");
        System.out.println("a equals b after style: " + a.equals(b) + " " + b.equals(a));
        System.out.println(a.hashCode() != 0);
    }
}
