package probe24;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * Incremental-build style file checksums computed by a background task. Readers wait on
 * the task's {@link Future}; {@code get()} returns normally only if the task completed,
 * and the task's last action is publishing the checksum map.
 */
public class Z23ChecksumScan {

    private final Map<String, String> files;
    private final ExecutorService pool;
    /** Path to CRC32; null until a scan has completed, and after invalidate(). */
    private volatile ConcurrentSkipListMap<String, Long> checksums;
    private Future<?> scan;

    public Z23ChecksumScan(Map<String, String> files, ExecutorService pool) {
        this.files = Map.copyOf(files);
        this.pool = pool;
    }

    private void scanAll() {
        ConcurrentSkipListMap<String, Long> result = new ConcurrentSkipListMap<>();
        files.forEach((path, content) -> {
            CRC32 crc = new CRC32();
            crc.update(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            result.put(path, crc.getValue());
        });
        checksums = result;
    }

    public synchronized void startScan() {
        if (scan == null) {
            scan = pool.submit(this::scanAll);
        }
    }

    public synchronized long checksum(String path) throws InterruptedException, ExecutionException {
        startScan();
        scan.get();
        return checksums.getOrDefault(path, -1L);
    }

    public synchronized String firstPath() throws InterruptedException, ExecutionException {
        startScan();
        scan.get();
        return checksums.isEmpty() ? "" : checksums.firstKey();
    }

    public synchronized boolean isScanned() {
        return checksums != null;
    }

    /** Forgets the checksums, e.g. after a file-system event. */
    public synchronized void invalidate() {
        scan = null;
        checksums = null;
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Z23ChecksumScan build = new Z23ChecksumScan(Map.of("src/A.java", "class A {}", "src/B.java", "class B {}"), pool);
            System.out.println(build.isScanned());
            System.out.println(build.checksum("src/A.java") + " " + build.checksum("missing") + " " + build.firstPath());
            build.invalidate();
            System.out.println(build.isScanned() + " " + build.firstPath() + " " + build.isScanned());
            System.out.println(new Z23ChecksumScan(Map.of(), pool).firstPath().isEmpty());
        } finally {
            pool.shutdown();
        }
    }
}
