package probe24;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Undo/redo for spreadsheet cell edits with the Command pattern, as in Swing's
 * UndoManager. Each edit captures the previous cell values when it is performed; the
 * editor only reverts edits taken from the "done" stack, which holds performed edits.
 */
public class Z22SpreadsheetUndo {

    private final Map<String, String> cells = new HashMap<>();
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /** One user edit touching several cells. */
    private final class Edit {
        private final Map<String, String> newValues;
        /** Cell to value before perform() (null value: cell was empty); null while not performed. */
        private HashMap<String, String> previous;

        private Edit(Map<String, String> newValues) {
            this.newValues = Map.copyOf(newValues);
        }

        void perform() {
            previous = new HashMap<>();
            for (String cell : newValues.keySet()) {
                previous.put(cell, cells.get(cell));
            }
            cells.putAll(newValues);
        }

        void revert() {
            previous.forEach((cell, value) -> {
                if (value == null) {
                    cells.remove(cell);
                } else {
                    cells.put(cell, value);
                }
            });
            previous = null;
        }
    }

    public void edit(Map<String, String> values) {
        Edit e = new Edit(values);
        e.perform();
        done.push(e);
        undone.clear();
    }

    public boolean undo() {
        Edit e = done.poll();
        if (e == null) {
            return false;
        }
        e.revert();
        undone.push(e);
        return true;
    }

    public boolean redo() {
        Edit e = undone.poll();
        if (e == null) {
            return false;
        }
        e.perform();
        done.push(e);
        return true;
    }

    @Override
    public String toString() {
        return new TreeMap<>(cells) + " done=" + done.size() + " undone=" + undone.size();
    }

    public static void main(String[] args) {
        Z22SpreadsheetUndo sheet = new Z22SpreadsheetUndo();
        System.out.println(sheet.undo() + " " + sheet.redo() + " " + sheet);
        sheet.edit(Map.of("A1", "Qty", "B1", "Price"));
        sheet.edit(Map.of("A2", "3", "B2", "9.99"));
        sheet.edit(Map.of("A2", "4"));
        System.out.println(sheet);
        System.out.println(sheet.undo() + " " + sheet.undo() + " " + sheet);
        System.out.println(sheet.redo() + " " + sheet);
        sheet.edit(Map.of("C1", "Total"));
        System.out.println(sheet.redo() + " " + sheet.undo() + " " + sheet.undo() + " " + sheet.undo() + " " + sheet.undo() + " " + sheet);
    }
}
