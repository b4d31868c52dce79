package io.github.mapinit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap during one run: the sum of the heap pools' peak usage (garbage included, so it depends
 * on when the collector ran) and the largest heap left after a collection (what was live, at the
 * collections that happened).
 */
final class HeapWatch implements AutoCloseable {

  record Peak(long used, long liveAfterGc) {}

  private final AtomicLong liveAfterGc = new AtomicLong();
  private final NotificationListener listener;
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  HeapWatch() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    listener =
        (notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after =
                info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            liveAfterGc.accumulateAndGet(after, Math::max);
          }
        };
    ManagementFactory.getGarbageCollectorMXBeans()
        .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
  }

  Peak peak() {
    long used = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Peak(used, liveAfterGc.get());
  }

  @Override
  public void close() {
    ManagementFactory.getGarbageCollectorMXBeans()
        .forEach(
            gc -> {
              try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
              } catch (Exception e) {
                // already gone
              }
            });
  }
}
