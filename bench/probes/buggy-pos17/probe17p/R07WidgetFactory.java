package probe17p;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UI widgets: the base constructor calls an overridable hook before subclass fields exist. */
public class R07WidgetFactory {

    enum Align { LEFT, CENTER, RIGHT }

    abstract static class Widget {
        protected final String id;

        Widget(String id) {
            this.id = id;
            registerDefaults();
        }

        protected abstract void registerDefaults();

        abstract String render();
    }

    static final class Button extends Widget {
        private final Map<String, String> attributes = new LinkedHashMap<>();

        Button(String id, String label) {
            super(id);
            attributes.put("label", label);
        }

        @Override
        protected void registerDefaults() {
            attributes.put("role", "button"); // BUG
        }

        @Override
        String render() {
            return "<button id=" + id + " " + attributes + ">";
        }
    }

    static final class Label extends Widget {
        private Map<Align, String> styles;

        Label(String id) {
            super(id);
        }

        @Override
        protected void registerDefaults() {
            if (styles == null) {
                styles = new EnumMap<>(Align.class);
            }
            styles.put(Align.LEFT, "text-align:left");
        }

        @Override
        String render() {
            return "<label id=" + id + " style=" + styles.get(Align.LEFT) + ">";
        }
    }

    static final class Dropdown extends Widget {
        private final List<String> options = new ArrayList<>();
        private final Map<String, Integer> optionIndex;

        Dropdown(String id, List<String> initial) {
            super(id);
            optionIndex = new LinkedHashMap<>();
            initial.forEach(this::addOption);
        }

        void addOption(String option) {
            optionIndex.put(option, options.size());
            options.add(option);
        }

        @Override
        protected void registerDefaults() {
            if (optionIndex.isEmpty()) { // BUG
                options.add("-- choose --");
            }
        }

        @Override
        String render() {
            return "<select id=" + id + " " + optionIndex.keySet() + ">";
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R07WidgetFactory.java:" + line;
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
        if (top != null && "R07WidgetFactory.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        System.out.println(new Label("title").render());

        prove(37, () -> System.out.println(new Button("ok", "OK").render()));
        prove(84, () -> System.out.println(new Dropdown("size", List.of("S", "M", "L")).render()));
    }
}
