package probe24;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Kafka-style producer record. Most records carry no headers, so the header map is
 * allocated by the first {@link #add}. Readers never see the map directly: they pass
 * callbacks, which are invoked only when headers exist.
 */
public class Z05ProducerRecordHeaders {

    private final String topic;
    private final String value;
    /** Header key to raw value; null while the record has no headers. */
    private LinkedHashMap<String, byte[]> headers;

    public Z05ProducerRecordHeaders(String topic, String value) {
        this.topic = topic;
        this.value = value;
    }

    public Z05ProducerRecordHeaders add(String key, String headerValue) {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        headers.put(key, headerValue.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public boolean remove(String key) {
        if (headers == null || headers.remove(key) == null) {
            return false;
        }
        if (headers.isEmpty()) {
            headers = null;
        }
        return true;
    }

    /** Applies {@code reader} to a read-only view of the headers, or returns {@code ifAbsent.get()}. */
    public <R> R readHeaders(Function<? super Map<String, byte[]>, ? extends R> reader, Supplier<? extends R> ifAbsent) {
        Map<String, byte[]> view = headers == null ? null : Collections.unmodifiableMap(headers);
        return view == null ? ifAbsent.get() : reader.apply(view);
    }

    /** Calls {@code action} for every header, decoded as UTF-8; does nothing without headers. */
    public void forEachHeader(BiConsumer<? super String, ? super String> action) {
        if (headers != null) {
            for (Map.Entry<String, byte[]> e : List.copyOf(headers.entrySet())) {
                action.accept(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public String toString() {
        int count = readHeaders(Map::size, () -> 0);
        return topic + ":" + value + " (" + count + " headers)";
    }

    public static void main(String[] args) {
        Z05ProducerRecordHeaders rec = new Z05ProducerRecordHeaders("orders", "{\"id\":7}");
        System.out.println(rec + " " + rec.readHeaders(h -> h.containsKey("trace-id"), () -> false));
        rec.forEachHeader((k, v) -> System.out.println("never " + k + v));
        rec.add("trace-id", "abc123").add("content-type", "application/json");
        int bytes = rec.readHeaders(h -> h.values().stream().mapToInt(b -> b.length).sum(), () -> 0);
        System.out.println(rec + " bytes=" + bytes);
        StringBuilder sb = new StringBuilder();
        rec.forEachHeader((k, v) -> sb.append(k).append('=').append(v).append(';'));
        System.out.println(sb);
        System.out.println(rec.remove("trace-id") + " " + rec.remove("missing") + " " + rec.remove("content-type"));
        System.out.println(rec + " " + rec.remove("content-type"));
    }
}
