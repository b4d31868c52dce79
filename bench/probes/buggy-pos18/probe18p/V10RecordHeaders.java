package probe18p;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Kafka-like consumer records; message format v0 carries no headers at all. */
public class V10RecordHeaders {

    static final class ConsumerRecord {
        private final String topic;
        private final String value;
        private final byte magic;
        private final Map<String, byte[]> headers;

        ConsumerRecord(String topic, String value, byte magic, Map<String, byte[]> headers) {
            this.topic = topic;
            this.value = value;
            this.magic = magic;
            this.headers = magic >= 2 ? headers : null;
        }

        Map<String, byte[]> headers() {
            return headers;
        }

        Map<String, byte[]> headersOrEmpty() {
            return headers == null ? Collections.emptyMap() : headers;
        }

        String topic() {
            return topic;
        }

        String value() {
            return value;
        }

        byte magic() {
            return magic;
        }
    }

    static final class TracingInterceptor {
        String traceId(ConsumerRecord record) {
            byte[] raw = record.headers().get("traceparent"); // BUG
            return raw == null ? "untraced" : new String(raw, StandardCharsets.UTF_8);
        }
    }

    static final class HeaderLogger {
        List<String> describe(ConsumerRecord record) {
            List<String> out = new ArrayList<>();
            record.headersOrEmpty().forEach((k, v) -> out.add(k + "(" + v.length + "b)"));
            return out;
        }
    }

    static final class RetryRouter {
        long retries(List<ConsumerRecord> batch) {
            return batch.stream()
                    .filter(r -> r.headers().containsKey("x-retry")) // BUG
                    .count();
        }

        String route(ConsumerRecord record) {
            return record.headersOrEmpty().containsKey("x-retry") ? record.topic() + ".retry" : record.topic();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "V10RecordHeaders.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "V10RecordHeaders.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        byte[] trace = "00-abc-01".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord modern = new ConsumerRecord("orders", "{}", (byte) 2, Map.of("traceparent", trace));
        ConsumerRecord legacy = new ConsumerRecord("orders", "{}", (byte) 0, Map.of());
        System.out.println(new TracingInterceptor().traceId(modern) + " " + new HeaderLogger().describe(modern)
                + " " + new RetryRouter().retries(List.of(modern)) + " " + new RetryRouter().route(legacy)
                + " magic=" + legacy.magic() + " value=" + legacy.value());

        prove(48, () -> new TracingInterceptor().traceId(legacy));
        System.out.println("legacy headers " + new HeaderLogger().describe(legacy));
        prove(64, () -> new RetryRouter().retries(List.of(modern, legacy)));
    }
}
