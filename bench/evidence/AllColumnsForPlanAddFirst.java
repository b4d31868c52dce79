// Evidence for the verdict of h2 AllColumnsForPlan:35 in bench/findings.md. Within h2, add() is
// called back only by the visitor that get(Table) starts right after `map = new HashMap<>()`.
// But add() is public, and so is ExpressionVisitor.getColumnsVisitor(AllColumnsForPlan): a caller
// that adds a column before the first get(Table), directly or through such a visitor, gets a
// NullPointerException at line 35. Misuse of a public API, like FileLock used before lock().
// Run with h2 2.3.232 on the class path:
//   javac -cp h2-2.3.232.jar AllColumnsForPlanAddFirst.java
//   java -cp h2-2.3.232.jar:. AllColumnsForPlanAddFirst
import org.h2.command.query.AllColumnsForPlan;
import org.h2.table.Column;
import org.h2.table.TableFilter;
import org.h2.value.TypeInfo;

public class AllColumnsForPlanAddFirst {

  public static void main(String[] args) {
    AllColumnsForPlan columns = new AllColumnsForPlan(new TableFilter[0]);
    try {
      columns.add(new Column("A", TypeInfo.TYPE_INTEGER));
      System.out.println("line 35: no exception");
    } catch (NullPointerException e) {
      System.out.println("line 35: " + e + " at " + e.getStackTrace()[0]);
    }
  }
}
