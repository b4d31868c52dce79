// Evidence for the verdict of h2 LocalResult:460 in bench/findings.md. done() reads
// `distinctRows` whenever the result is distinct and has no external part, but two public call
// orders leave it null there, neither of which h2 itself makes:
//   - done() a second time, after the first done() applied a LIMIT that dropped rows:
//     applyOffsetAndLimit() sets `distinctRows = null` without creating `external`;
//   - done() after setDistinct() failed on a result without a session (the public LocalResult()
//     constructor): setDistinct() sets `distinct = true` before `session.getDatabase()` throws.
// Run with h2 2.3.232 on the class path:
//   javac -cp h2-2.3.232.jar LocalResultDoneTwice.java
//   java -cp h2-2.3.232.jar:. LocalResultDoneTwice
import java.sql.Connection;
import java.sql.DriverManager;
import org.h2.engine.SessionLocal;
import org.h2.expression.Expression;
import org.h2.expression.ValueExpression;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.LocalResult;
import org.h2.value.ValueInteger;

public class LocalResultDoneTwice {

  public static void main(String[] args) throws Exception {
    try (Connection conn = DriverManager.getConnection("jdbc:h2:mem:evidence")) {
      SessionLocal session = (SessionLocal) ((JdbcConnection) conn).getSession();
      Expression[] oneColumn = {ValueExpression.get(ValueInteger.get(0))};
      LocalResult limited = new LocalResult(session, oneColumn, 1, 1);
      limited.setDistinct();
      limited.addRow(ValueInteger.get(1));
      limited.addRow(ValueInteger.get(2));
      limited.setLimit(1);
      limited.done();
      report("done() twice", limited::done);
    }

    LocalResult sessionless = new LocalResult();
    try {
      sessionless.setDistinct();
    } catch (NullPointerException e) {
      System.out.println("setDistinct() without a session: " + e);
    }
    report("done() after the failed setDistinct()", sessionless::done);
  }

  private static void report(String what, Runnable use) {
    try {
      use.run();
      System.out.println(what + ": no exception");
    } catch (NullPointerException e) {
      System.out.println(what + ": " + e + " at " + e.getStackTrace()[0]);
    }
  }
}
