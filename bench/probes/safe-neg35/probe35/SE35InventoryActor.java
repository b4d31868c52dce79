package probe35;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Actor-style inventory service: the stock map is confined to one mailbox thread. The
 * task that creates the map is the first one submitted to a fresh single-thread
 * executor and the task that drops it is the last one before shutdown(), so FIFO order
 * guarantees every stock task runs while the map exists.
 */
public class SE35InventoryActor {
    private Map<String, Integer> stock; // touched only on the mailbox thread
    private ExecutorService mailbox;    // non-null while the actor is running

    public synchronized void start() {
        if (mailbox != null) {
            throw new IllegalStateException("actor already running");
        }
        mailbox = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "inventory-mailbox");
            t.setDaemon(true);
            return t;
        });
        mailbox.execute(() -> stock = new HashMap<>());
    }

    private synchronized <T> Future<T> tell(Callable<T> message) {
        if (mailbox == null) {
            throw new IllegalStateException("actor stopped");
        }
        return mailbox.submit(message);
    }

    private static <T> T await(Future<T> reply) {
        try {
            return reply.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public int receive(String sku, int quantity) {
        return await(tell(() -> {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
            return stock.merge(sku, quantity, Integer::sum);
        }));
    }

    public int ship(String sku, int quantity) {
        return await(tell(() -> {
            int onHand = stock.getOrDefault(sku, 0);
            if (onHand < quantity) {
                throw new IllegalStateException("only " + onHand + " of " + sku);
            }
            stock.put(sku, onHand - quantity);
            return onHand - quantity;
        }));
    }

    public int skus() {
        return await(tell(() -> stock.size()));
    }

    public synchronized void stop() throws InterruptedException {
        ExecutorService box = mailbox;
        if (box == null) {
            return;
        }
        box.execute(() -> stock = null);
        box.shutdown();
        mailbox = null;
        while (!box.awaitTermination(1, TimeUnit.SECONDS)) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SE35InventoryActor actor = new SE35InventoryActor();
        expect(IllegalStateException.class, () -> actor.receive("bolt", 1));
        expect(IllegalStateException.class, actor::skus);
        actor.stop();

        actor.start();
        expect(IllegalStateException.class, actor::start);
        check(actor.receive("bolt", 10) == 10 && actor.receive("bolt", 5) == 15, "received");
        check(actor.ship("bolt", 4) == 11 && actor.skus() == 1, "shipped");
        expect(IllegalStateException.class, () -> actor.ship("nut", 1));
        expect(IllegalArgumentException.class, () -> actor.receive("nut", 0));

        for (int round = 0; round < 2; round++) {
            actor.stop();
            actor.stop();
            expect(IllegalStateException.class, () -> actor.ship("bolt", 1));
            expect(IllegalStateException.class, actor::skus);
            actor.start();
            check(actor.skus() == 0, "fresh mailbox state");
            actor.receive("washer", round + 1);
        }

        check(actor.ship("washer", 2) == 0 && actor.skus() == 1, "restarted actor");
        actor.stop();
        System.out.println("SE35InventoryActor ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
