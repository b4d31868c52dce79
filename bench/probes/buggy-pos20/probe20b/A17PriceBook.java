package probe20b;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Daily closing prices of one instrument. At year end {@link #rollover()}
 * hands the history to the archive and drops it.
 */
public class A17PriceBook {

    private static final String FILE = "A17PriceBook.java";

    private NavigableMap<LocalDate, BigDecimal> history = new TreeMap<>();

    private NavigableMap<LocalDate, BigDecimal> since(LocalDate from) {
        return history == null ? Collections.emptyNavigableMap() : history.tailMap(from, true);
    }

    public void record(LocalDate day, BigDecimal close) {
        if (history == null) {
            history = new TreeMap<>();
        }
        history.put(day, close);
    }

    public void rollover() {
        history = null;
    }

    /** Closes as of each day, computed now. */
    public List<BigDecimal> closesNow(List<LocalDate> days) {
        if (history == null) {
            return List.of();
        }
        return days.stream()
                .map(d -> history.floorEntry(d))
                .filter(Objects::nonNull).map(Map.Entry::getValue).toList();
    }

    /** Closes as of each day, computed when the caller consumes the stream. */
    public Stream<BigDecimal> closes(List<LocalDate> days) {
        if (history == null) {
            return Stream.empty();
        }
        return days.stream()
                .map(d -> history.floorEntry(d)) // BUG
                .filter(Objects::nonNull).map(Map.Entry::getValue);
    }

    /** Lowest close since {@code from}; falls back to the first close on record. */
    public BigDecimal lowSince(LocalDate from) {
        BigDecimal low = null;
        for (BigDecimal p : since(from).values()) {
            low = low == null || p.compareTo(low) < 0 ? p : low;
        }
        if (low != null || since(LocalDate.MIN).isEmpty()) {
            return low;
        }
        return history.firstEntry().getValue();
    }

    /** Highest close since {@code from}; falls back to the last close on record. */
    public BigDecimal highSince(LocalDate from) {
        BigDecimal high = null;
        for (BigDecimal p : since(from).values()) {
            high = high == null || p.compareTo(high) > 0 ? p : high;
        }
        if (high != null) {
            return high;
        }
        Map.Entry<LocalDate, BigDecimal> last = history.lastEntry(); // BUG
        return last == null ? null : last.getValue();
    }

    public static void main(String[] args) {
        A17PriceBook book = new A17PriceBook();
        LocalDate d1 = LocalDate.of(2024, 1, 2);
        LocalDate d2 = LocalDate.of(2024, 1, 3);
        book.record(d1, new BigDecimal("10.5"));
        book.record(d2, new BigDecimal("11.0"));
        assert book.closesNow(List.of(d2)).equals(book.closes(List.of(d2)).toList());
        assert book.lowSince(d2).equals(new BigDecimal("11.0"));
        assert book.lowSince(d2.plusDays(5)).equals(new BigDecimal("10.5"));
        assert book.highSince(d2.plusDays(5)).equals(new BigDecimal("11.0"));
        book.rollover();
        assert book.closesNow(List.of(d1)).isEmpty() && book.closes(List.of(d1)).count() == 0;
        assert book.lowSince(d1) == null;

        A17PriceBook b = new A17PriceBook();
        b.record(d1, BigDecimal.ONE);
        Stream<BigDecimal> pending = b.closes(List.of(d1));
        b.rollover();
        prove(54, pending::toList);
        prove(79, () -> b.highSince(d1));
    }

    private static void prove(int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean hit = top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((hit ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!hit) {
            System.err.println(FILE + ":" + line + ": top frame " + top);
        }
    }
}
