package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Android-style screen with onCreate/onDestroy callbacks and click listeners. */
public class K13ProfileActivity {

    /** Minimal stand-in for a clickable view. */
    public static final class Button {
        private final String id;
        private Consumer<String> onClick;

        Button(String id) {
            this.id = id;
        }

        void setOnClickListener(Consumer<String> l) {
            onClick = l;
        }

        public void click() {
            Consumer<String> l = onClick;
            if (l != null) {
                l.accept(id);
            }
        }
    }

    private Map<String, String> viewState;
    private boolean created;
    private final Button save = new Button("save");
    private final Button reset = new Button("reset");
    private final List<String> log = new ArrayList<>();

    public void onCreate(Map<String, String> savedInstanceState) {
        viewState = new HashMap<>();
        if (savedInstanceState != null) {
            viewState.putAll(savedInstanceState);
        }
        created = true;
        save.setOnClickListener(id -> {
            viewState.put("saved", String.valueOf(viewState.size()));
            log.add("clicked " + id);
        });
        reset.setOnClickListener(id -> {
            viewState.clear();
            log.add("clicked " + id);
        });
    }

    public void onTextChanged(String field, String value) {
        if (!created) {
            log.add("ignored " + field);
            return;
        }
        viewState.put(field, value);
    }

    public Map<String, String> onSaveInstanceState() {
        return created ? new HashMap<>(viewState) : new HashMap<>();
    }

    public void onDestroy() {
        save.setOnClickListener(null);
        reset.setOnClickListener(null);
        created = false;
        viewState = null;
    }

    public Button saveButton() {
        return save;
    }

    public Button resetButton() {
        return reset;
    }

    public List<String> log() {
        return log;
    }

    public static void main(String[] args) {
        K13ProfileActivity a = new K13ProfileActivity();
        a.saveButton().click();
        a.resetButton().click();
        a.onTextChanged("name", "early");
        System.out.println("pre-create state=" + a.onSaveInstanceState() + " log=" + a.log());
        a.onCreate(null);
        a.onTextChanged("name", "Ada");
        a.onTextChanged("email", "ada@example.org");
        a.saveButton().click();
        Map<String, String> bundle = a.onSaveInstanceState();
        System.out.println("bundle=" + new java.util.TreeMap<>(bundle));
        a.resetButton().click();
        System.out.println("after reset=" + a.onSaveInstanceState());
        a.onDestroy();
        a.saveButton().click();
        a.onTextChanged("name", "late");
        System.out.println("destroyed state=" + a.onSaveInstanceState());
        K13ProfileActivity rotated = new K13ProfileActivity();
        rotated.onCreate(bundle);
        rotated.saveButton().click();
        System.out.println("restored=" + new java.util.TreeMap<>(rotated.onSaveInstanceState()));
        rotated.onDestroy();
        rotated.onDestroy();
        System.out.println("log=" + a.log() + " " + rotated.log());
    }
}
