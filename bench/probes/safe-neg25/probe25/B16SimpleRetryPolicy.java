package probe25;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.Map;

/**
 * Spring Retry style policy. A null classifier map means "retry on every
 * exception"; otherwise the exception type (or one of its causes) decides.
 */
public class B16SimpleRetryPolicy {
    public interface Attempt<T> {
        T run(int attempt) throws IOException;
    }

    private final int maxAttempts;
    private final boolean traverseCauses;
    private Map<Class<? extends Throwable>, Boolean> retryableExceptions; // null = retry everything
    private Map<Class<?>, Boolean> classifyCache;                        // memo for the classifier
    private int lastAttempts;

    public B16SimpleRetryPolicy(int maxAttempts) {
        this(maxAttempts, null, false);
    }

    public B16SimpleRetryPolicy(int maxAttempts, Map<Class<? extends Throwable>, Boolean> retryable,
            boolean traverseCauses) {
        this.maxAttempts = maxAttempts;
        this.traverseCauses = traverseCauses;
        setRetryableExceptions(retryable);
    }

    public final void setRetryableExceptions(Map<Class<? extends Throwable>, Boolean> retryable) {
        this.retryableExceptions = (retryable == null || retryable.isEmpty()) ? null : new HashMap<>(retryable);
        this.classifyCache = null;
    }

    public boolean canRetry(int retryCount, Throwable lastThrowable) {
        return (lastThrowable == null || retryForException(lastThrowable)) && retryCount < maxAttempts;
    }

    private boolean retryForException(Throwable ex) {
        Map<Class<? extends Throwable>, Boolean> classifier = retryableExceptions;
        if (classifier == null) {
            return true;
        }
        Throwable current = ex;
        for (int depth = 0; current != null && depth < 10; depth++) {
            Boolean decision = classify(classifier, current.getClass());
            if (decision != null) {
                return decision;
            }
            if (!traverseCauses) {
                break;
            }
            current = current.getCause();
        }
        return false;
    }

    /** The caller passes the classifier it has already tested for null. */
    private Boolean classify(Map<Class<? extends Throwable>, Boolean> classifier, Class<?> type) {
        if (classifyCache != null && classifyCache.containsKey(type)) {
            return classifyCache.get(type);
        }
        Boolean result = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            result = classifier.get(c);
            if (result != null) {
                break;
            }
        }
        if (classifyCache == null) {
            classifyCache = new HashMap<>();
        }
        classifyCache.put(type, result);
        return result;
    }

    public <T> T execute(Attempt<T> attempt, T fallback) {
        Throwable last = null;
        int count = 0;
        while (canRetry(count, last)) {
            count++;
            try {
                T result = attempt.run(count);
                lastAttempts = count;
                return result;
            } catch (IOException e) {
                last = e;
            }
        }
        lastAttempts = count;
        return fallback;
    }

    public int lastAttempts() {
        return lastAttempts;
    }

    public static void main(String[] args) {
        B16SimpleRetryPolicy everything = new B16SimpleRetryPolicy(3);
        String r1 = everything.execute(n -> {
            if (n < 3) {
                throw new IOException("flaky " + n);
            }
            return "ok";
        }, "gave up");
        System.out.println(r1 + " after " + everything.lastAttempts());

        Map<Class<? extends Throwable>, Boolean> classifier = new HashMap<>();
        classifier.put(SocketTimeoutException.class, true);
        classifier.put(FileNotFoundException.class, false);
        B16SimpleRetryPolicy selective = new B16SimpleRetryPolicy(5, classifier, true);
        String r2 = selective.execute(n -> {
            throw new FileNotFoundException("missing.txt");
        }, "fallback");
        System.out.println(r2 + " after " + selective.lastAttempts());
        String r3 = selective.execute(n -> {
            if (n < 4) {
                throw new IOException("wrapped", new SocketTimeoutException("slow"));
            }
            return "done";
        }, "fallback");
        System.out.println(r3 + " after " + selective.lastAttempts() + " " + selective.canRetry(0, new IOException()));
        selective.setRetryableExceptions(Map.of());
        System.out.println(selective.canRetry(1, new FileNotFoundException()) + " " + selective.canRetry(9, null));
    }
}
