package probe22;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sectioned report builder. Loops run over {@code sectionNames()}, which is an empty set while the
 * section map is null, so the loop bodies (which call {@code sections.get(..)}) only run when the
 * map exists.
 */
public class W38SectionReport {

    /** Not thread-safe; one report per job run. */
    public static final class Report {
        private final String title;
        private Map<String, List<String>> sections; // null until the first line, and after discard()

        public Report(String title) {
            this.title = title;
        }

        private Set<String> sectionNames() {
            return sections == null ? Collections.emptySet() : sections.keySet();
        }

        public Report line(String section, String text) {
            if (sections == null) {
                sections = new LinkedHashMap<>();
            }
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
            return this;
        }

        public int lineCount() {
            int total = 0;
            for (String name : sectionNames()) {
                total += sections.get(name).size();
            }
            return total;
        }

        public String render() {
            StringBuilder sb = new StringBuilder("# ").append(title).append('\n');
            for (String name : sectionNames()) {
                List<String> lines = sections.get(name);
                sb.append("## ").append(name).append(" (").append(lines.size()).append(")\n");
                for (String l : lines) {
                    sb.append("- ").append(l).append('\n');
                }
            }
            if (sectionNames().isEmpty()) {
                sb.append("(nothing to report)\n");
            }
            return sb.toString();
        }

        public String longestSection() {
            String best = null;
            for (String name : sectionNames()) {
                if (best == null || sections.get(name).size() > sections.get(best).size()) {
                    best = name;
                }
            }
            return best;
        }

        public void discard() {
            sections = null;
        }
    }

    public static void main(String[] args) {
        Report r = new Report("Nightly import");
        System.out.print(r.render());
        System.out.println("lines=" + r.lineCount() + " longest=" + r.longestSection());

        r.line("Warnings", "3 rows skipped").line("Errors", "customer 17: bad VAT id").line("Warnings", "slow query");
        System.out.print(r.render());
        System.out.println("lines=" + r.lineCount() + " longest=" + r.longestSection());

        r.discard();
        System.out.print(r.render());
        System.out.println("lines=" + r.lineCount() + " longest=" + r.longestSection());
    }
}
