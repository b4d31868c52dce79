package probe27;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory archive with an explicit phase. Invariant: {@code entries} is non-null exactly in
 * phases OPEN and SEALED; every phase change assigns the map in the same method.
 */
public final class F30ArchiveWriter {
    public enum Phase { CREATED, OPEN, SEALED, DISPOSED }

    private Phase phase = Phase.CREATED;
    private LinkedHashMap<String, byte[]> entries; // non-null iff phase is OPEN or SEALED

    public void open() {
        if (phase != Phase.CREATED) throw new IllegalStateException("cannot open in phase " + phase);
        entries = new LinkedHashMap<>();
        phase = Phase.OPEN;
    }

    public void add(String name, String content) {
        if (phase != Phase.OPEN) throw new IllegalStateException("cannot add in phase " + phase);
        if (entries.putIfAbsent(name, content.getBytes(StandardCharsets.UTF_8)) != null) {
            throw new IllegalArgumentException("duplicate entry " + name);
        }
    }

    public void seal() {
        if (phase != Phase.OPEN) throw new IllegalStateException("cannot seal in phase " + phase);
        phase = Phase.SEALED;
    }

    public int entryCount() {
        return switch (phase) {
            case CREATED, DISPOSED -> 0;
            case OPEN, SEALED -> entries.size();
        };
    }

    public String read(String name) {
        switch (phase) {
            case SEALED:
                byte[] data = entries.get(name);
                return data == null ? null : new String(data, StandardCharsets.UTF_8);
            case OPEN:
                throw new IllegalStateException("seal() the archive before reading");
            default:
                throw new IllegalStateException("no entries in phase " + phase);
        }
    }

    public List<String> listing() {
        if (phase == Phase.OPEN || phase == Phase.SEALED) return List.copyOf(entries.keySet());
        return List.of();
    }

    public long totalBytes() {
        long total = 0;
        if (phase.compareTo(Phase.OPEN) >= 0 && phase != Phase.DISPOSED) {
            for (byte[] b : entries.values()) total += b.length;
        }
        return total;
    }

    public void dispose() {
        phase = Phase.DISPOSED;
        entries = null;
    }

    public Phase phase() { return phase; }

    public static void main(String[] args) {
        F30ArchiveWriter a = new F30ArchiveWriter();
        assert a.entryCount() == 0 && a.listing().isEmpty() && a.totalBytes() == 0;
        boolean early = false;
        try { a.add("x", "y"); } catch (IllegalStateException expected) { early = true; }
        assert early;
        boolean noRead = false;
        try { a.read("x"); } catch (IllegalStateException expected) { noRead = true; }
        assert noRead;

        a.open();
        a.add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0");
        a.add("app/Main.class", "\u00e9");
        boolean dup = false;
        try { a.add("app/Main.class", "z"); } catch (IllegalArgumentException expected) { dup = true; }
        assert dup && a.entryCount() == 2 && a.totalBytes() == 21 + 2;
        boolean unsealed = false;
        try { a.read("app/Main.class"); } catch (IllegalStateException expected) { unsealed = true; }
        assert unsealed;
        a.seal();
        assert a.read("app/Main.class").equals("\u00e9") && a.read("missing") == null;
        assert a.listing().equals(List.of("META-INF/MANIFEST.MF", "app/Main.class"));
        boolean sealed = false;
        try { a.add("late", "x"); } catch (IllegalStateException expected) { sealed = true; }
        assert sealed;

        a.dispose();
        assert a.phase() == Phase.DISPOSED && a.entryCount() == 0 && a.listing().isEmpty() && a.totalBytes() == 0;
        boolean reopen = false;
        try { a.open(); } catch (IllegalStateException expected) { reopen = true; }
        assert reopen;
        F30ArchiveWriter b = new F30ArchiveWriter();
        b.dispose();
        boolean sealDisposed = false;
        try { b.seal(); } catch (IllegalStateException expected) { sealDisposed = true; }
        assert sealDisposed && b.entryCount() == 0;
        System.out.println("F30 ok");
    }
}
