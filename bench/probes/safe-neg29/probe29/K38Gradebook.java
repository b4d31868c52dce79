package probe29;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** School gradebook: student -> course -> grade. */
public class K38Gradebook {

    private LinkedHashMap<String, Map<String, Integer>> grades;
    private final String term;

    public K38Gradebook(String term) {
        this.term = term;
    }

    public void record(String student, String course, int grade) {
        if (grade < 0 || grade > 100) {
            throw new IllegalArgumentException("grade out of range: " + grade);
        }
        if (grades == null) {
            grades = new LinkedHashMap<>();
        }
        grades.computeIfAbsent(student, s -> new TreeMap<>()).put(course, grade);
    }

    public int grade(String student, String course) {
        Map<String, Integer> courses = grades == null ? null : grades.get(student);
        if (courses == null) {
            return -1;
        }
        Integer g = courses.get(course);
        return g == null ? -1 : g;
    }

    public double average(String student) {
        Map<String, Integer> courses = grades != null ? grades.get(student) : null;
        if (courses == null || courses.isEmpty()) {
            return 0.0;
        }
        int sum = 0;
        for (int g : courses.values()) {
            sum += g;
        }
        return (double) sum / courses.size();
    }

    public Map<String, Double> courseAverages() {
        Map<String, int[]> acc = new TreeMap<>();
        if (grades != null) {
            for (Map<String, Integer> courses : grades.values()) {
                courses.forEach((c, g) -> {
                    int[] a = acc.computeIfAbsent(c, k -> new int[2]);
                    a[0] += g;
                    a[1]++;
                });
            }
        }
        Map<String, Double> out = new TreeMap<>();
        acc.forEach((c, a) -> out.put(c, (double) a[0] / a[1]));
        return out;
    }

    public boolean withdraw(String student) {
        boolean removed = grades != null && grades.remove(student) != null;
        if (removed && grades.isEmpty()) {
            grades = null;
        }
        return removed;
    }

    public String roster() {
        return term + ":" + (grades == null ? "[]" : grades.keySet().toString());
    }

    public static void main(String[] args) {
        K38Gradebook book = new K38Gradebook("fall");
        System.out.println(book.roster() + " g=" + book.grade("amy", "math") + " avg=" + book.average("amy")
                + " courses=" + book.courseAverages() + " withdraw=" + book.withdraw("amy"));
        try {
            book.record("amy", "math", 101);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        book.record("amy", "math", 90);
        book.record("amy", "art", 70);
        book.record("ben", "math", 60);
        book.record("amy", "math", 94);
        System.out.println(book.roster() + " amy math=" + book.grade("amy", "math") + " amy bio="
                + book.grade("amy", "bio") + " cal=" + book.grade("cal", "math"));
        System.out.println("avg amy=" + book.average("amy") + " ben=" + book.average("ben") + " cal="
                + book.average("cal") + " courses=" + book.courseAverages());
        System.out.println(book.withdraw("amy") + " " + book.withdraw("amy") + " " + book.roster());
        System.out.println(book.withdraw("ben") + " " + book.roster() + " " + book.courseAverages()
                + " g=" + book.grade("ben", "math"));
    }
}
