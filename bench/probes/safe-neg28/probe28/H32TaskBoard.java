package probe28;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kanban task board for a project-management backend. Cards are imported as
 * "COLUMN: title" lines via a stream's forEach(this::addLine); the private helper
 * dereferences the columns map that its only callers create just before.
 */
public class H32TaskBoard {
    private final String boardName;
    private TreeMap<String, List<String>> columns; // null before import and after archive()
    private int imported;

    public H32TaskBoard(String boardName) {
        this.boardName = boardName;
    }

    public void importAll(String... lines) {
        columns = new TreeMap<>();
        Arrays.stream(lines).forEach(this::addLine);
    }

    public void importMore(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        if (columns == null) {
            columns = new TreeMap<>();
        }
        copy.stream().filter(l -> !l.isBlank()).forEach(this::addLine);
    }

    /** Only reached through importAll/importMore, after columns was assigned. */
    private void addLine(String line) {
        int colon = line.indexOf(':');
        String column = colon < 0 ? "TODO" : line.substring(0, colon).trim().toUpperCase();
        String title = colon < 0 ? line.trim() : line.substring(colon + 1).trim();
        columns.computeIfAbsent(column, c -> new ArrayList<>()).add(title);
        imported++;
    }

    public List<String> cardsIn(String column) {
        if (columns == null) {
            return List.of();
        }
        return List.copyOf(columns.getOrDefault(column, List.of()));
    }

    public boolean move(String title, String from, String to) {
        if (columns == null) {
            return false;
        }
        List<String> src = columns.get(from);
        if (src == null || !src.remove(title)) {
            return false;
        }
        columns.computeIfAbsent(to, c -> new ArrayList<>()).add(title);
        return true;
    }

    public String overview() {
        StringBuilder sb = new StringBuilder(boardName);
        if (columns != null) {
            for (Map.Entry<String, List<String>> e : columns.entrySet()) {
                sb.append(' ').append(e.getKey()).append('=').append(e.getValue().size());
            }
        }
        return sb.toString();
    }

    public void archive() {
        columns = null;
    }

    public int imported() {
        return imported;
    }

    public static void main(String[] args) {
        H32TaskBoard board = new H32TaskBoard("sprint-42");
        assert board.cardsIn("TODO").isEmpty();
        assert !board.move("x", "TODO", "DONE");
        assert board.overview().equals("sprint-42");
        board.importAll("todo: write spec", "doing: fix login", "ship release");
        assert board.cardsIn("TODO").equals(List.of("write spec", "ship release"));
        assert board.move("fix login", "DOING", "DONE");
        assert !board.move("fix login", "DOING", "DONE");
        assert !board.move("nothing", "QA", "DONE");
        assert board.overview().equals("sprint-42 DOING=0 DONE=1 TODO=2") : board.overview();
        board.archive();
        assert board.cardsIn("DONE").isEmpty();
        board.importMore(List.of("qa: regression", "  "));
        board.importMore(List.of("qa: smoke"));
        assert board.cardsIn("QA").size() == 2;
        board.archive();
        board.importAll();
        assert board.overview().equals("sprint-42");
        assert board.imported() == 5;
        System.out.println(board.overview() + " imported=" + board.imported());
    }
}
