package probe23;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Cursor over a paged API result where each page maps record ids to names. The current page is
 * taken from the page iterator only after {@code hasNext()} said there is one; before the first
 * {@link #advance()} and after the last page it is null. Not thread-safe.
 */
public final class X15PageCursor {

    private final Iterator<Map<Long, String>> pages;
    private Map<Long, String> page;
    private int pageNumber;

    public X15PageCursor(List<Map<Long, String>> pages) {
        this.pages = List.copyOf(pages).iterator();
    }

    /** Moves to the next page; returns false (and clears the current page) when exhausted. */
    public boolean advance() {
        if (pages.hasNext()) {
            page = pages.next();
            pageNumber++;
            return true;
        }
        page = null;
        return false;
    }

    public boolean hasPage() {
        return page != null;
    }

    public int pageNumber() {
        return page == null ? 0 : pageNumber;
    }

    public int pageSize() {
        return page == null ? 0 : page.size();
    }

    public String find(long id) {
        if (page == null) {
            return null;
        }
        return page.get(id);
    }

    public void forEachOnPage(BiConsumer<Long, String> action) {
        if (page != null) {
            page.forEach(action);
        }
    }

    private static Map<Long, String> page(long firstId, String... names) {
        Map<Long, String> p = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            p.put(firstId + i, names[i]);
        }
        return p;
    }

    public static void main(String[] args) {
        X15PageCursor cursor = new X15PageCursor(List.of(
                page(1, "ada", "bob", "cy"), page(4, "dee"), page(5)));
        System.out.println("before: page=" + cursor.pageNumber() + " size=" + cursor.pageSize()
                + " find(1)=" + cursor.find(1));
        cursor.forEachOnPage((id, n) -> System.out.println("never printed " + id + n));
        while (cursor.advance()) {
            System.out.println("page " + cursor.pageNumber() + " size=" + cursor.pageSize()
                    + " find(4)=" + cursor.find(4));
            cursor.forEachOnPage((id, n) -> System.out.println("  " + id + " -> " + n));
        }
        System.out.println("after: hasPage=" + cursor.hasPage() + " size=" + cursor.pageSize()
                + " find(1)=" + cursor.find(1) + " advance=" + cursor.advance());
        X15PageCursor empty = new X15PageCursor(List.of());
        System.out.println("empty: advance=" + empty.advance() + " size=" + empty.pageSize());
    }
}
