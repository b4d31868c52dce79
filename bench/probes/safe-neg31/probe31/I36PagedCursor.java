package probe31;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Cursor over a paginated remote result set (e.g. a REST "list" endpoint). */
public final class I36PagedCursor {
    public interface PageSource {
        List<String> fetch(int page, int size);
    }

    private final PageSource source;
    private final int pageSize;
    private LinkedHashMap<Integer, String> page; // rows of the current page by absolute index; null before the first page and once exhausted
    private int nextPage;
    private boolean exhausted;

    public I36PagedCursor(PageSource source, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1");
        }
        this.source = source;
        this.pageSize = pageSize;
    }

    public boolean advance() {
        if (exhausted) {
            return false;
        }
        List<String> rows = source.fetch(nextPage, pageSize);
        if (rows == null || rows.isEmpty()) {
            exhausted = true;
            page = null;
            return false;
        }
        LinkedHashMap<Integer, String> fresh = new LinkedHashMap<>();
        int base = nextPage * pageSize;
        for (int i = 0; i < rows.size(); i++) {
            fresh.put(base + i, rows.get(i));
        }
        page = fresh;
        nextPage++;
        return true;
    }

    public Optional<String> row(int absoluteIndex) {
        if (page == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(page.get(absoluteIndex));
    }

    public List<String> currentRows() {
        return page == null ? List.of() : new ArrayList<>(page.values());
    }

    public boolean hasCurrentPage() {
        return page != null;
    }

    public void rewind() {
        page = null;
        nextPage = 0;
        exhausted = false;
    }

    public static void main(String[] args) {
        List<String> backend = List.of("r0", "r1", "r2", "r3", "r4");
        PageSource api = (p, size) -> {
            int from = Math.min(p * size, backend.size());
            return p == 9 ? null : backend.subList(from, Math.min(from + size, backend.size()));
        };
        I36PagedCursor cursor = new I36PagedCursor(api, 2);
        if (cursor.hasCurrentPage() || cursor.row(0).isPresent() || !cursor.currentRows().isEmpty()) throw new AssertionError("before");
        cursor.rewind();
        List<String> seen = new ArrayList<>();
        while (cursor.advance()) {
            seen.addAll(cursor.currentRows());
        }
        if (!seen.equals(backend)) throw new AssertionError("rows " + seen);
        if (cursor.advance() || cursor.hasCurrentPage() || cursor.row(4).isPresent()) throw new AssertionError("exhausted");
        cursor.rewind();
        cursor.advance();
        cursor.advance();
        if (!cursor.row(3).orElseThrow().equals("r3") || cursor.row(0).isPresent()) throw new AssertionError("second page");
        if (api.fetch(9, 2) != null) throw new AssertionError("api contract");
        try {
            new I36PagedCursor(api, 0);
            throw new AssertionError("zero page size");
        } catch (IllegalArgumentException expected) {
            // rejected
        }
        System.out.println("I36 " + seen + " current=" + cursor.currentRows());
    }
}
