package probe24;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A CMS article that is either being edited (a mutable draft map) or published (a frozen
 * read-only map). Exactly one of the two fields is non-null at any time, so a test on
 * one of them tells whether the other may be used.
 */
public class Z34ArticleRevision {

    private final String slug;
    /** Editable fields; null while published. */
    private TreeMap<String, String> draft = new TreeMap<>();
    /** Frozen fields; null while in draft. */
    private SortedMap<String, String> published;
    private int revision;

    public Z34ArticleRevision(String slug) {
        this.slug = slug;
    }

    /** Editing a published article starts a new draft from its content. */
    public void setField(String name, String value) {
        if (published != null) {
            draft = new TreeMap<>(published);
            published = null;
        }
        draft.put(name, value);
    }

    public String field(String name) {
        return published != null ? published.get(name) : draft.get(name);
    }

    public void publish() {
        if (published == null) {
            published = Collections.unmodifiableSortedMap(new TreeMap<>(draft));
            draft = null;
            revision++;
        }
    }

    public int fieldCount() {
        if (published == null) {
            return draft.size();
        }
        return published.size();
    }

    public String status() {
        return slug + " r" + revision + (published != null ? " published " + published.keySet() : " draft " + draft.keySet());
    }

    public static void main(String[] args) {
        Z34ArticleRevision a = new Z34ArticleRevision("hello-world");
        System.out.println(a.status() + " " + a.fieldCount() + " " + a.field("title"));
        a.setField("title", "Hello");
        a.setField("body", "First post");
        a.publish();
        a.publish();
        System.out.println(a.status() + " " + a.fieldCount() + " " + a.field("title"));
        a.setField("title", "Hello, world");
        System.out.println(a.status() + " " + a.field("title") + " " + a.field("body"));
        a.publish();
        System.out.println(a.status() + " " + a.fieldCount());
    }
}
