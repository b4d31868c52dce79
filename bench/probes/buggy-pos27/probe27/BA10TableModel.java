package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Table model for a desktop data grid: rows, column widths, row selection and listeners,
 * with restore from a persisted view state (compare Swing's TableModel/JavaFX TableView).
 */
public class BA10TableModel {
    interface ModelListener {
        void modelChanged(BA10TableModel model, String reason);
    }

    /** Persisted form; widths are omitted when the user never resized a column. */
    record ViewState(List<String> columns, Map<String, Integer> widths) {
    }

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<ModelListener> listeners = new ArrayList<>();
    private Map<String, Integer> columnWidths;
    private Map<Integer, Boolean> selection;
    private boolean initialized;

    public BA10TableModel(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.columnWidths = new HashMap<>();
        for (String c : columns) {
            columnWidths.put(c, 80);
        }
    }

    private BA10TableModel(ViewState state) {
        this.columns = List.copyOf(state.columns());
        if (state.widths() != null) {
            this.columnWidths = new HashMap<>(state.widths());
        }
    }

    public static BA10TableModel restore(ViewState state) {
        return new BA10TableModel(state);
    }

    public void addListener(ModelListener listener) {
        listeners.add(listener);
    }

    private void fire(String reason) {
        for (ModelListener l : listeners) {
            l.modelChanged(this, reason);
        }
    }

    public void init() {
        initialized = true;
        fire("init");
        selection = new TreeMap<>();
    }

    public void addRow(Object... values) {
        rows.add(values.clone());
        fire("rows");
    }

    public int widthOf(String column) {
        return columnWidths == null ? 80 : columnWidths.getOrDefault(column, 80);
    }

    public void setColumnWidth(String column, int width) {
        columnWidths.put(column, Math.max(20, width));
        fire("layout");
    }

    public void select(int row) {
        Map<Integer, Boolean> current = selection;
        if (current == null) {
            current = new TreeMap<>();
            selection = current;
        }
        current.put(row, Boolean.TRUE);
    }

    public boolean isSelected(int row) {
        if (!initialized) {
            return false;
        }
        return selection.getOrDefault(row, Boolean.FALSE);
    }

    /** Row heights from wrapped text; null when there is nothing to measure. */
    private static Map<Integer, Integer> measure(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> heights = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int longest = 0;
            for (Object cell : rows.get(i)) {
                longest = Math.max(longest, String.valueOf(cell).length());
            }
            heights.put(i, 18 * (1 + longest / 40));
        }
        return heights;
    }

    public int rowHeight(int row) {
        Map<Integer, Integer> heights = measure(rows);
        return heights == null ? 18 : heights.getOrDefault(row, 18);
    }

    public int totalHeight() {
        return measure(rows).values().stream().mapToInt(Integer::intValue).sum();
    }

    public static void main(String[] args) {
        BA10TableModel model = new BA10TableModel(List.of("name", "email"));
        model.addListener((m, reason) -> System.out.println("changed: " + reason));
        model.init();
        model.addRow("Ada", "ada@example.org");
        model.setColumnWidth("email", 160);
        model.select(0);
        System.out.println("selected0=" + model.isSelected(0) + " selected1=" + model.isSelected(1)
                + " height=" + model.totalHeight() + " row0=" + model.rowHeight(0));
        BA10TableModel restored = restore(new ViewState(List.of("name"), null));
        System.out.println("restored width=" + restored.widthOf("name") + " selected=" + restored.isSelected(0)
                + " rowHeight=" + restored.rowHeight(0));
        BA10TableModel resized = restore(new ViewState(List.of("name"), Map.of("name", 120)));
        resized.setColumnWidth("name", 10);
        System.out.println("resized width=" + resized.widthOf("name"));

        expectNpe(74, () -> restored.setColumnWidth("name", 200));
        BA10TableModel eager = new BA10TableModel(List.of("id"));
        eager.addListener((m, reason) -> System.out.println("row 0 selected during " + reason + ": " + m.isSelected(0)));
        expectNpe(91, () -> eager.init());
        expectNpe(116, () -> restored.totalHeight());
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA10TableModel.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
