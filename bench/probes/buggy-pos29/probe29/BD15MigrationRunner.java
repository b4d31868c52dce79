package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Applies versioned schema migrations, Flyway style. */
public class BD15MigrationRunner {

    record Migration(int version, String sql) {
        String checksum() {
            return Integer.toHexString(sql.hashCode());
        }
    }

    protected final NavigableMap<Integer, Migration> migrations = new TreeMap<>();
    protected final List<String> executed = new ArrayList<>();
    protected NavigableMap<Integer, Long> durations = new TreeMap<>();
    protected Map<Integer, String> applied;

    BD15MigrationRunner() {
        this.applied = new TreeMap<>();
    }

    /** Resumes from the checksums recorded in the schema history table. */
    BD15MigrationRunner(Map<Integer, String> appliedChecksums) {
        appliedChecksums = new TreeMap<>(appliedChecksums);
    }

    void add(Migration m) {
        migrations.put(m.version(), m);
    }

    List<Migration> pending() {
        List<Migration> out = new ArrayList<>();
        for (Migration m : migrations.values()) {
            if (!applied.containsKey(m.version())) {
                out.add(m);
            }
        }
        return out;
    }

    void migrate() {
        for (Migration m : pending()) {
            long start = System.nanoTime();
            executed.add(m.sql());
            applied.put(m.version(), m.checksum());
            record(m.version(), System.nanoTime() - start);
        }
    }

    void record(int version, long nanos) {
        durations.put(version, nanos);
    }

    List<Integer> checksumMismatches() {
        List<Integer> out = new ArrayList<>();
        Map<Integer, String> snapshot = applied;
        if (snapshot == null) {
            return out;
        }
        snapshot.forEach((v, sum) -> {
            Migration m = migrations.get(v);
            if (m != null && !m.checksum().equals(sum)) {
                out.add(v);
            }
        });
        return out;
    }

    /** Prints what would run without touching the database. */
    static final class DryRunRunner extends BD15MigrationRunner {
        protected NavigableMap<Integer, Long> durations;

        @Override
        void migrate() {
            for (Migration m : pending()) {
                executed.add("-- would run: " + m.sql());
                record(m.version(), m.sql().length());
            }
        }

        @Override
        void record(int version, long estimate) {
            if (durations != null) {
                durations.put(version, estimate);
            }
        }

        int estimatedCount() {
            return durations == null ? 0 : durations.size();
        }

        void resetEstimates() {
            durations.clear();
        }
    }

    public static void main(String[] args) {
        BD15MigrationRunner runner = new BD15MigrationRunner();
        runner.add(new Migration(1, "create table users(id int)"));
        runner.add(new Migration(2, "alter table users add email text"));
        runner.migrate();
        System.out.println("executed " + runner.executed.size() + ", pending " + runner.pending().size());
        System.out.println("timed versions " + runner.durations.keySet() + ", mismatches " + runner.checksumMismatches());
        Map<Integer, String> history = Map.of(1, new Migration(1, "create table users(id int)").checksum());
        BD15MigrationRunner resumed = new BD15MigrationRunner(history);
        resumed.add(new Migration(3, "create index on users(email)"));
        System.out.println("resumed mismatches " + resumed.checksumMismatches());
        DryRunRunner dry = new DryRunRunner();
        dry.add(new Migration(1, "drop table legacy"));
        dry.migrate();
        System.out.println("dry run: " + dry.executed + ", estimates " + dry.estimatedCount());

        try {
            System.out.println("resumed pending " + resumed.pending());
            noNpe("pending() on a runner resumed from history");
        } catch (NullPointerException e) {
            expect(e, 39);
        }
        try {
            dry.resetEstimates();
            noNpe("resetting dry-run estimates");
        } catch (NullPointerException e) {
            expect(e, 98);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD15MigrationRunner.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
