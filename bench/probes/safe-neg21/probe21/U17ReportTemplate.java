package probe21;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report template with a private constructor that leaves {@code sections} unassigned.
 * Every static factory assigns the field on the fresh instance before returning it, and the
 * class is final with no other constructor callers, so no instance ever escapes with null.
 */
public final class U17ReportTemplate {

    private final String title;
    private Map<String, String> sections;

    private U17ReportTemplate(String title) {
        this.title = title;
    }

    public static U17ReportTemplate create(String title, List<String> sectionNames) {
        U17ReportTemplate t = new U17ReportTemplate(title);
        t.sections = new LinkedHashMap<>();
        for (String s : sectionNames) {
            t.sections.put(s, "");
        }
        return t;
    }

    /** Parses "Title|Section A,Section B". */
    public static U17ReportTemplate parse(String spec) {
        int bar = spec.indexOf('|');
        U17ReportTemplate t = new U17ReportTemplate(bar < 0 ? spec.trim() : spec.substring(0, bar).trim());
        t.sections = new LinkedHashMap<>();
        if (bar >= 0) {
            for (String s : spec.substring(bar + 1).split(",")) {
                if (!s.isBlank()) {
                    t.sections.put(s.trim(), "");
                }
            }
        }
        return t;
    }

    public U17ReportTemplate copyAs(String newTitle) {
        U17ReportTemplate t = new U17ReportTemplate(newTitle);
        t.sections = new LinkedHashMap<>(sections);
        return t;
    }

    public void fill(String section, String body) {
        if (!sections.containsKey(section)) {
            throw new IllegalArgumentException("unknown section " + section);
        }
        sections.put(section, body == null ? "" : body);
    }

    public int sectionCount() {
        return sections.size();
    }

    public String render() {
        StringBuilder sb = new StringBuilder("# ").append(title).append('\n');
        sections.forEach((name, body) -> sb.append("## ").append(name).append('\n')
                .append(body.isEmpty() ? "(empty)" : body).append('\n'));
        return sb.toString();
    }

    public static void main(String[] args) {
        U17ReportTemplate weekly = create("Weekly", List.of("Summary", "Incidents"));
        weekly.fill("Summary", "All green.");
        System.out.print(weekly.render());
        U17ReportTemplate copy = weekly.copyAs("Weekly (draft)");
        copy.fill("Incidents", "None.");
        System.out.print(copy.render());
        System.out.print(parse("Bare").render());
        U17ReportTemplate parsed = parse("Postmortem|Timeline, Root cause,,Actions");
        System.out.println(parsed.sectionCount());
        try {
            parsed.fill("Missing", "x");
        } catch (IllegalArgumentException expected) {
            System.out.println(expected.getMessage());
        }
    }
}
