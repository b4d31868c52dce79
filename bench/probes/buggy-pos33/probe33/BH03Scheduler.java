package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public class BH03Scheduler {
    enum Mode { CRON, FIXED_RATE, ONE_SHOT }

    abstract static class BaseScheduler {
        protected final List<String> log = new ArrayList<>();

        BaseScheduler(boolean installDefaults) {
            if (installDefaults) {
                registerDefaults();
            }
        }

        protected abstract void registerDefaults();
    }

    static final class AuditedScheduler extends JobScheduler {
        private final Map<String, Integer> auditCounts = new HashMap<>();

        AuditedScheduler(Mode mode, boolean installDefaults) {
            super(mode, installDefaults);
        }

        @Override
        protected void registerDefaults() {
            auditCounts.put("heartbeat", 0);
        }

        void audit(String name) {
            auditCounts.merge(name, 1, Integer::sum);
        }
    }

    static class JobScheduler extends BaseScheduler {
        private final Map<String, Runnable> jobsByName = new LinkedHashMap<>();
        private final Mode mode;
        private TreeMap<String, String> cronTable;
        private HashMap<String, Boolean> holidays;

        JobScheduler(Mode mode, boolean installDefaults) {
            super(installDefaults);
            this.mode = mode;
            switch (mode) {
                case CRON -> cronTable = new TreeMap<>();
                case FIXED_RATE -> log.add("fixed-rate");
                case ONE_SHOT -> log.add("one-shot");
            }
        }

        @Override
        protected void registerDefaults() {
            log.add("defaults");
        }

        void schedule(String name, String spec, Runnable job) {
            jobsByName.put(name, job);
            if (cronTable != null) {
                cronTable.put(name, spec);
            }
        }

        String describe() {
            StringBuilder sb = new StringBuilder(mode.name());
            for (String name : cronTable.keySet()) {
                sb.append(' ').append(name);
            }
            return sb.toString();
        }

        int cronCount() {
            return cronTable == null ? 0 : cronTable.size();
        }

        private HashMap<String, Boolean> calendar() {
            if (holidays == null) {
                holidays = new HashMap<>();
                holidays.put("12-25", Boolean.TRUE);
            }
            return holidays;
        }

        void markHoliday(String date) {
            calendar().put(date, Boolean.TRUE);
        }

        boolean isHoliday(String date) {
            return holidays.containsKey(date);
        }

        boolean runIfWorkday(String name, String date) {
            if (calendar().containsKey(date)) {
                return false;
            }
            Runnable job = jobsByName.get(name);
            if (job == null) {
                return false;
            }
            job.run();
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        JobScheduler cron = new JobScheduler(Mode.CRON, true);
        int[] runs = new int[1];
        cron.schedule("backup", "0 3 * * *", () -> runs[0]++);
        cron.markHoliday("01-01");
        System.out.println(cron.describe() + " " + cron.isHoliday("12-25") + " " + cron.runIfWorkday("backup", "03-04"));
        AuditedScheduler audited = new AuditedScheduler(Mode.CRON, false);
        audited.schedule("report", "0 9 * * 1", () -> runs[0]++);
        audited.audit("report");
        System.out.println(audited.describe() + " " + audited.cronCount() + " " + runs[0]);
        JobScheduler fixed = new JobScheduler(Mode.FIXED_RATE, true);
        fixed.schedule("poll", "5s", () -> runs[0]++);
        System.out.println(fixed.cronCount() + " " + fixed.runIfWorkday("poll", "12-25") + " " + fixed.log);

        expect(35, () -> new AuditedScheduler(Mode.ONE_SHOT, true));
        expect(73, fixed::describe);
        JobScheduler fresh = new JobScheduler(Mode.CRON, false);
        expect(96, () -> fresh.isHoliday("12-25"));
    }

    private static final String FILE = "BH03Scheduler.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
