// Evidence for the verdicts of h2 MVSortedTempResult:241, :258 and :286 in bench/findings.md.
// `index` is created only by the main constructor, and only when
// `distinct && resultColumnCount != visibleColumnCount || distinctIndexes != null`. Within h2 no
// path reaches the three lines with it null, but public API calls that h2 itself never makes do:
//   241, 258: rows added to a shallow copy. The private copy constructor copies `distinct`,
//     `distinctIndexes` and the column counts but not `index`; addRow only asserts
//     `parent == null`, and assertions are off by default. Reached through LocalResult's public
//     createShallowCopy and addRow, or MVTempResult.of(..).createShallowCopy().addRow(..).
//   286: LocalResult.containsDistinct on a sorted, non-distinct result that spilled to disk, with
//     an ORDER BY column beyond the visible ones. In memory LocalResult answers the same call
//     (it builds the distinct set on demand); on disk it ends in contains(), which only asserts
//     `distinct`.
// Run without -ea (with -ea the first call stops at `assert parent == null`, line 230), with
// h2 2.3.232 on the class path:
//   javac -cp h2-2.3.232.jar MVSortedTempResultMisuse.java
//   java -cp h2-2.3.232.jar:. MVSortedTempResultMisuse
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.h2.engine.SessionLocal;
import org.h2.expression.Expression;
import org.h2.expression.ValueExpression;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.MVTempResult;
import org.h2.result.LocalResult;
import org.h2.result.ResultExternal;
import org.h2.result.SortOrder;
import org.h2.value.Value;
import org.h2.value.ValueInteger;

public class MVSortedTempResultMisuse {

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("h2evidence");
    // A file database: temporary results go to disk only there.
    try (Connection conn = DriverManager.getConnection("jdbc:h2:" + dir.resolve("db"))) {
      SessionLocal session = (SessionLocal) ((JdbcConnection) conn).getSession();
      Expression[] twoColumns = {column(), column()};

      // 241: DISTINCT ON (column 0), through MVTempResult's public factory.
      ResultExternal distinctOn =
          MVTempResult.of(session.getDatabase(), twoColumns, false, new int[] {0}, 2, 2, null);
      report("241", () -> distinctOn.createShallowCopy().addRow(row(1, 2)));

      // 258: DISTINCT with a hidden ORDER BY column, through LocalResult alone.
      LocalResult distinct = spilled(new LocalResult(session, twoColumns, 1, 2), true, null);
      report("258", () -> distinct.createShallowCopy(session).addRow(row(3, 4)));

      // 286: a sorted, non-distinct result asked whether it contains a row.
      LocalResult sorted =
          spilled(
              new LocalResult(session, twoColumns, 1, 2),
              false,
              new SortOrder(session, new int[] {1}));
      report("286", () -> sorted.containsDistinct(new Value[] {ValueInteger.get(1)}));
    }
  }

  /** Fills the result past its in-memory limit, so that its rows live in an MVSortedTempResult. */
  private static LocalResult spilled(LocalResult result, boolean distinct, SortOrder sort) {
    if (distinct) {
      result.setDistinct();
    }
    if (sort != null) {
      result.setSortOrder(sort);
    }
    result.setMaxMemoryRows(1);
    result.addRow(row(1, 2));
    result.addRow(row(2, 1));
    result.done();
    return result;
  }

  private static Expression column() {
    return ValueExpression.get(ValueInteger.get(0));
  }

  private static Value[] row(int a, int b) {
    return new Value[] {ValueInteger.get(a), ValueInteger.get(b)};
  }

  private static void report(String line, Runnable use) {
    try {
      use.run();
      System.out.println("line " + line + ": no exception");
    } catch (NullPointerException e) {
      System.out.println("line " + line + ": " + e + " at " + e.getStackTrace()[0]);
    }
  }
}
