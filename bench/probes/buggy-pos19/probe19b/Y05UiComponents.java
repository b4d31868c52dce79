package probe19b;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small server-side component tree. The base constructor runs two hooks: handler
 * installation (interactive components only) and theming.
 */
public class Y05UiComponents {

    abstract static class Component {
        final String id;
        final String tag;

        Component(String tag, String id, boolean interactive) {
            this.tag = tag;
            this.id = id;
            if (interactive) {
                installHandlers();
            }
            applyTheme();
        }

        protected void installHandlers() { }
        protected void applyTheme() { }

        /** HTML attributes of this component. */
        protected abstract Map<String, String> attributes();

        String render() {
            StringBuilder sb = new StringBuilder("<").append(tag).append(" id=\"").append(id).append('"');
            attributes().forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"')); // BUG
            return sb.append("/>").toString();
        }
    }

    /** A button created disabled skips handler installation. */
    static final class Button extends Component {
        private Map<String, Runnable> handlers;
        private final Map<String, String> attrs;

        Button(String id, boolean enabled) {
            super("button", id, enabled);
            attrs = new LinkedHashMap<>();
            attrs.put("type", "button");
        }

        @Override
        protected void installHandlers() {
            handlers = new HashMap<>();
            handlers.put("click", () -> System.out.println(id + " clicked"));
        }

        void click() {
            handlers.getOrDefault("click", () -> { }).run(); // BUG
        }

        @Override
        protected Map<String, String> attributes() { return attrs; }
    }

    /** The theme hook fills the style, then the "= null" initialiser runs after super() returns. */
    static final class Label extends Component {
        private Map<String, String> style = null;

        Label(String id) { super("label", id, false); }

        @Override
        protected void applyTheme() {
            style = new TreeMap<>();
            style.put("font", "sans");
        }

        void setStyle(String key, String value) {
            style.put(key, value); // BUG
        }

        @Override
        protected Map<String, String> attributes() { return style; }
    }

    /** Same hook with "= new ...": the themed entries are lost but the map is never null. */
    static final class Icon extends Component {
        private Map<String, String> style = new TreeMap<>();

        Icon(String id) { super("img", id, false); }

        @Override
        protected void applyTheme() {
            style = new TreeMap<>();
            style.put("size", "16");
        }

        @Override
        protected Map<String, String> attributes() { return style; }
    }

    /** Layout filler: has no attributes, so its author never created the map. */
    static final class Spacer extends Component {
        private Map<String, String> attrs;

        Spacer(String id) { super("div", id, false); }

        @Override
        protected Map<String, String> attributes() { return attrs; }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "Y05UiComponents.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "Y05UiComponents.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        Button ok = new Button("ok", true);
        ok.click();
        Icon icon = new Icon("logo");
        System.out.println(ok.render() + " " + icon.render());

        prove(35, () -> System.out.println(new Spacer("gap").render()));
        prove(58, () -> new Button("save", false).click());
        prove(78, () -> new Label("title").setStyle("weight", "bold"));
    }
}
