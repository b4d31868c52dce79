package probe15p;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

public class P20JobDispatcher {
    record Job(int id, String type, String payload) {}

    private final Deque<Job> queue = new ArrayDeque<>();
    private Map<Integer, Job> inFlight;
    private final Map<String, Integer> completedByType = new TreeMap<>();
    private boolean running;
    private int nextId = 1;

    public int submit(String type, String payload) {
        Job job = new Job(nextId++, type, payload);
        queue.add(job);
        return job.id();
    }

    public void start(Map<Integer, Job> recovered) {
        inFlight = new ConcurrentHashMap<>();
        inFlight.putAll(recovered);
        running = true;
    }

    public Job dispatchNext() {
        if (!running) return null;
        Job job = queue.poll();
        if (job != null) inFlight.put(job.id(), job);
        return job;
    }

    public boolean cancel(int jobId) {
        if (queue.removeIf(j -> j.id() == jobId)) return true;
        return inFlight.remove(jobId) != null; // BUG
    }

    public void complete(int jobId) {
        Job job = inFlight.remove(jobId); // BUG
        if (job != null) completedByType.merge(job.type(), 1, Integer::sum);
    }

    public Map<Integer, Job> stop() {
        running = false;
        Map<Integer, Job> unfinished = inFlight;
        inFlight = null;
        return unfinished;
    }

    public int inFlightCount() {
        return inFlight == null ? 0 : inFlight.size();
    }

    public static void main(String[] args) {
        P20JobDispatcher dispatcher = new P20JobDispatcher();
        int thumbnail = dispatcher.submit("thumbnail", "img-1.png");
        dispatcher.submit("email", "welcome:ada");
        dispatcher.submit("email", "welcome:bob");
        System.out.println("cancel queued=" + dispatcher.cancel(thumbnail) + " dispatched=" + dispatcher.dispatchNext());
        prove(() -> dispatcher.cancel(404));

        dispatcher.start(Map.of());
        Job first = dispatcher.dispatchNext();
        Job second = dispatcher.dispatchNext();
        dispatcher.complete(first.id());
        Map<Integer, Job> unfinished = dispatcher.stop();
        System.out.println("unfinished=" + unfinished.keySet() + " inFlight=" + dispatcher.inFlightCount() + " done=" + dispatcher.completedByType);
        prove(() -> dispatcher.complete(second.id()));

        dispatcher.start(unfinished);
        dispatcher.complete(second.id());
        System.out.println("after restart done=" + dispatcher.completedByType + " inFlight=" + dispatcher.inFlightCount());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
