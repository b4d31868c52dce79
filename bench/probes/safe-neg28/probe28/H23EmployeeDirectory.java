package probe28;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * HR desktop tool: an employee directory with an identity-keyed index of
 * manager assignments. The index is built on demand and thrown away whenever
 * the roster changes. Checks are spelled Yoda-style and negated.
 */
public class H23EmployeeDirectory {
    public static final class Employee {
        private final String name;
        private final Employee manager;

        public Employee(String name, Employee manager) {
            this.name = name;
            this.manager = manager;
        }

        public String name() {
            return name;
        }
    }

    private final List<Employee> roster = new ArrayList<>();
    private IdentityHashMap<Employee, List<Employee>> reportsIndex; // null when stale
    private int rebuilds;

    public void hire(Employee e) {
        roster.add(e);
        reportsIndex = null;
    }

    public void fire(Employee e) {
        roster.remove(e);
        reportsIndex = null;
    }

    public void rebuildIndex() {
        IdentityHashMap<Employee, List<Employee>> idx = new IdentityHashMap<>();
        for (Employee e : roster) {
            if (null != e.manager) {
                idx.computeIfAbsent(e.manager, k -> new ArrayList<>()).add(e);
            }
        }
        reportsIndex = idx;
        rebuilds++;
    }

    public boolean indexFresh() {
        return !(reportsIndex == null);
    }

    public int directReports(Employee manager) {
        if (!(reportsIndex == null)) {
            return reportsIndex.getOrDefault(manager, List.of()).size();
        }
        int n = 0;
        for (Employee e : roster) {
            if (e.manager == manager) {
                n++;
            }
        }
        return n;
    }

    public List<String> teamOf(Employee manager) {
        if (null == reportsIndex) {
            rebuildIndex();
        }
        List<String> names = new ArrayList<>();
        for (Employee e : reportsIndex.getOrDefault(manager, List.of())) {
            names.add(e.name());
        }
        return names;
    }

    public int rebuilds() {
        return rebuilds;
    }

    public static void main(String[] args) {
        H23EmployeeDirectory dir = new H23EmployeeDirectory();
        Employee ceo = new Employee("Zoe", null);
        Employee cto = new Employee("Yan", ceo);
        Employee dev = new Employee("Xia", cto);
        Employee dev2 = new Employee("Wes", cto);
        assert !dir.indexFresh();
        assert dir.directReports(ceo) == 0;
        assert dir.teamOf(ceo).isEmpty();
        dir.hire(ceo);
        dir.hire(cto);
        dir.hire(dev);
        assert !dir.indexFresh();
        assert dir.directReports(cto) == 1;
        dir.hire(dev2);
        assert dir.teamOf(cto).equals(List.of("Xia", "Wes"));
        assert dir.indexFresh();
        assert dir.directReports(cto) == 2;
        dir.fire(dev);
        assert dir.directReports(cto) == 1;
        assert dir.teamOf(ceo).equals(List.of("Yan"));
        assert dir.rebuilds() == 3 : dir.rebuilds();
        dir.hire(dev);
        assert !dir.indexFresh();
        dir.rebuildIndex();
        assert dir.indexFresh();
        assert dir.directReports(cto) == 2;
        assert cto.name().equals("Yan");
        System.out.println(ceo.name() + " rebuilds=" + dir.rebuilds());
    }
}
