package probe39;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Row model of a desktop UI grid with optional multi-row selection. {@link #enableSelection()}
 * creates the selection map, then registers {@code selectionTracker} as a row-change listener;
 * {@link #disableSelection()} unregisters the tracker first and only then drops the map. So the
 * tracker only runs while the map exists, and "tracker registered" means "selection enabled".
 *
 * <p>This class is single-threaded: the UI toolkit's event thread owns it.
 */
public final class SI15TableSelectionModel {
    private enum Change { INSERTED, UPDATED, DELETED }

    private interface RowListener { void rowsChanged(Change change, int index, String value); }

    private int events;
    private final List<String> rows = new ArrayList<>();
    private final List<RowListener> listeners = new ArrayList<>(List.of((c, i, v) -> events++));
    private final RowListener selectionTracker = this::onRowsChanged;
    private TreeMap<Integer, String> selection; // row index -> value; null while selection is off

    public void enableSelection() {
        if (selectionEnabled()) {
            return;
        }
        selection = new TreeMap<>();
        listeners.add(selectionTracker);
    }

    public void disableSelection() {
        listeners.remove(selectionTracker);
        selection = null;
    }

    private boolean selectionEnabled() {
        return listeners.contains(selectionTracker);
    }

    public void insertRow(int index, String value) {
        if (value == null || index < 0 || index > rows.size()) {
            throw new IllegalArgumentException("bad insert");
        }
        rows.add(index, value);
        fire(Change.INSERTED, index, value);
    }

    public void updateRow(int index, String value) {
        checkIndex(index);
        if (value == null) {
            throw new IllegalArgumentException("value is null");
        }
        rows.set(index, value);
        fire(Change.UPDATED, index, value);
    }

    public void deleteRow(int index) {
        checkIndex(index);
        String old = rows.remove(index);
        fire(Change.DELETED, index, old);
    }

    public void select(int index) {
        checkIndex(index);
        if (!selectionEnabled()) {
            throw new IllegalStateException("selection disabled");
        }
        selection.put(index, rows.get(index));
    }

    public List<Integer> selectedIndices() {
        return selectionEnabled() ? List.copyOf(selection.keySet()) : List.of();
    }

    public List<String> selectedValues() {
        return selectionEnabled() ? List.copyOf(selection.values()) : List.of();
    }

    private void fire(Change change, int index, String value) {
        for (RowListener listener : List.copyOf(listeners)) {
            listener.rowsChanged(change, index, value);
        }
    }

    /** Registered only while {@code selection} exists. */
    private void onRowsChanged(Change change, int index, String value) {
        switch (change) {
            case INSERTED -> shift(index, 1);
            case UPDATED -> selection.computeIfPresent(index, (k, old) -> value);
            case DELETED -> {
                selection.remove(index);
                shift(index + 1, -1);
            }
        }
    }

    private void shift(int from, int delta) {
        TreeMap<Integer, String> moved = new TreeMap<>(selection.tailMap(from, true));
        selection.tailMap(from, true).clear();
        moved.forEach((k, v) -> selection.put(k + delta, v));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= rows.size()) {
            throw new IllegalArgumentException("no row " + index);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI15TableSelectionModel model = new SI15TableSelectionModel();
        model.insertRow(0, "alpha");
        model.insertRow(1, "beta");
        model.deleteRow(1);
        check(model.selectedIndices().isEmpty() && model.selectedValues().isEmpty(), "no selection yet");
        expect(IllegalStateException.class, () -> model.select(0));
        expect(IllegalArgumentException.class, () -> model.insertRow(5, "x"));
        expect(IllegalArgumentException.class, () -> model.updateRow(0, null));
        model.disableSelection(); // disabling before enabling is harmless

        model.enableSelection();
        model.enableSelection();
        model.insertRow(1, "gamma");
        model.insertRow(2, "delta");
        model.select(1);
        model.select(2);
        model.insertRow(0, "zero");
        check(model.selectedIndices().equals(List.of(2, 3)), "shifted by insert");
        model.updateRow(2, "GAMMA");
        check(model.selectedValues().equals(List.of("GAMMA", "delta")), "update tracked");
        model.deleteRow(2);
        check(model.selectedIndices().equals(List.of(2)) && model.selectedValues().equals(List.of("delta")), "delete");
        expect(IllegalArgumentException.class, () -> model.select(9));

        model.disableSelection();
        model.disableSelection();
        model.insertRow(0, "after");
        model.updateRow(0, "after2");
        model.deleteRow(0);
        check(model.selectedIndices().isEmpty(), "no selection after disable");
        expect(IllegalStateException.class, () -> model.select(0));

        model.enableSelection();
        model.select(0);
        model.deleteRow(0);
        check(model.selectedIndices().isEmpty() && model.events == 12, "events " + model.events);
        System.out.println("OK SI15TableSelectionModel");
    }
}
