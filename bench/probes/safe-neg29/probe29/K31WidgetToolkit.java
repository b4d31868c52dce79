package probe29;

import java.util.SortedMap;
import java.util.TreeMap;

/** UI widget toolkit: components get their attribute storage during initialize(). */
public class K31WidgetToolkit {

    /** Base component with a two-phase construction. */
    public abstract static class Component {
        private SortedMap<String, Object> attributes;
        private boolean initialized;

        Component() {
        }

        public final void initialize() {
            if (initialized) {
                throw new IllegalStateException(getClass().getSimpleName() + " already initialized");
            }
            attributes = new TreeMap<>();
            initialized = true;
            onInitialize();
        }

        public final boolean isInitialized() {
            return initialized;
        }

        protected void onInitialize() {
        }

        protected final void attr(String key, Object value) {
            attributes.put(key, value);
        }

        protected final Object attr(String key) {
            return attributes.get(key);
        }

        public String render() {
            return initialized ? getClass().getSimpleName() + attributes : "<uninitialized>";
        }
    }

    /** A text label. */
    public static final class Label extends Component {
        @Override
        protected void onInitialize() {
            attr("text", "");
            attr("visible", Boolean.TRUE);
        }

        public void setText(String text) {
            if (!isInitialized()) {
                throw new IllegalStateException("label not initialized");
            }
            attr("text", text);
        }

        public String text() {
            return isInitialized() ? (String) attr("text") : null;
        }

        public void hide() {
            if (isInitialized()) {
                attr("visible", Boolean.FALSE);
            }
        }
    }

    /** A slider with a bounded value. */
    public static final class Slider extends Component {
        private final int max;

        public Slider(int max) {
            this.max = max;
        }

        @Override
        protected void onInitialize() {
            attr("value", 0);
        }

        public int value() {
            if (!isInitialized()) {
                return -1;
            }
            return (Integer) attr("value");
        }

        public void slide(int delta) {
            if (!isInitialized()) {
                return;
            }
            attr("value", Math.max(0, Math.min(max, value() + delta)));
        }
    }

    public static void main(String[] args) {
        Label label = new Label();
        Slider slider = new Slider(10);
        System.out.println(label.render() + " text=" + label.text() + " value=" + slider.value());
        label.hide();
        slider.slide(3);
        try {
            label.setText("early");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        label.initialize();
        slider.initialize();
        try {
            slider.initialize();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        label.setText("Volume");
        slider.slide(4);
        slider.slide(20);
        slider.slide(-3);
        label.hide();
        System.out.println(label.render() + " text=" + label.text());
        System.out.println(slider.render() + " value=" + slider.value());
    }
}
