package probe24;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Client for a paginated issue-tracker REST API. The decoded JSON page being consumed is
 * kept in a field, and that field is itself the control variable of the paging loops:
 * {@code for (page = fetch(first); page != null; page = fetch(page.get("next")))}.
 */
public class Z13PaginatedIssueClient {

    private final List<List<String>> backend;
    /** The current page ({@code number}, {@code items}, optional {@code next}); null outside a listing. */
    private Map<String, Object> page;
    private int requests;

    public Z13PaginatedIssueClient(List<List<String>> backend) {
        this.backend = backend;
    }

    /** Simulated GET /issues?cursor=n; null for an absent or invalid cursor. */
    private Map<String, Object> fetch(Object cursor) {
        if (!(cursor instanceof Integer n) || n < 0 || n >= backend.size()) {
            return null;
        }
        requests++;
        Map<String, Object> p = new HashMap<>();
        p.put("number", n);
        p.put("items", backend.get(n));
        if (n + 1 < backend.size()) {
            p.put("next", n + 1);
        }
        return p;
    }

    public List<String> listAll() {
        List<String> titles = new ArrayList<>();
        for (page = fetch(0); page != null; page = fetch(page.get("next"))) {
            if (page.get("items") instanceof List<?> items) {
                items.forEach(i -> titles.add(String.valueOf(i)));
            }
        }
        return titles;
    }

    /** Stops at the first match and leaves the listing positioned on that page. */
    public String firstMatching(String word) {
        for (page = fetch(0); page != null; page = fetch(page.get("next"))) {
            if (page.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (String.valueOf(item).contains(word)) {
                        return item + " (page " + page.get("number") + ")";
                    }
                }
            }
        }
        return null;
    }

    /** Number of further pages read when resuming after {@link #firstMatching}. */
    public int resume() {
        if (page == null) {
            return 0;
        }
        int pages = 0;
        for (page = fetch(page.get("next")); page != null; page = fetch(page.get("next"))) {
            pages++;
        }
        return pages;
    }

    public Object currentPageNumber() {
        return page == null ? "none" : page.get("number");
    }

    public static void main(String[] args) {
        Z13PaginatedIssueClient client = new Z13PaginatedIssueClient(List.of(
                List.of("#1 crash on start", "#2 typo"), List.of("#3 slow search"), List.of("#4 crash on exit")));
        System.out.println(client.resume() + " " + client.currentPageNumber());
        System.out.println(client.listAll() + " " + client.currentPageNumber());
        System.out.println(client.firstMatching("slow") + " at " + client.currentPageNumber());
        System.out.println(client.resume() + " " + client.currentPageNumber());
        System.out.println(client.firstMatching("nothing") + " requests=" + client.requests);
        System.out.println(new Z13PaginatedIssueClient(List.of()).listAll());
    }
}
