package probe32;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Archive reader modelled on java.util.zip.ZipFile / Commons Compress: the central directory
 * is read into a map when the archive is opened and released on close(). Every accessor first
 * calls the private ensureOpen() validator, which throws when the directory is absent.
 */
public class SA26ZipArchiveReader implements AutoCloseable {

    private record Entry(String name, int offset, int length) { }

    private byte[] data = new byte[0];
    private Map<String, Entry> centralDirectory; // null before open() and after close()

    /** Format: "name:content|name:content|..." stands in for the zip local headers. */
    public void open(String archive) {
        data = archive.getBytes(StandardCharsets.UTF_8);
        Map<String, Entry> dir = new LinkedHashMap<>();
        int pos = 0;
        while (pos < data.length) {
            int colon = indexOf((byte) ':', pos);
            if (colon < 0) {
                throw new IllegalArgumentException("corrupt header at " + pos);
            }
            int bar = indexOf((byte) '|', colon);
            if (bar < 0) {
                bar = data.length;
            }
            String name = new String(data, pos, colon - pos, StandardCharsets.UTF_8);
            dir.put(name, new Entry(name, colon + 1, bar - colon - 1));
            pos = bar + 1;
        }
        centralDirectory = dir;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private void ensureOpen() {
        if (centralDirectory == null) {
            throw new IllegalStateException("zip file closed");
        }
    }

    public Set<String> entryNames() {
        ensureOpen();
        return new TreeSet<>(centralDirectory.keySet());
    }

    public String read(String name) {
        ensureOpen();
        Entry e = centralDirectory.get(name);
        if (e == null) {
            return null;
        }
        byte[] slice = Arrays.copyOfRange(data, e.offset(), e.offset() + e.length());
        return new String(slice, StandardCharsets.UTF_8);
    }

    public int size() {
        ensureOpen();
        return centralDirectory.size();
    }

    @Override
    public void close() {
        centralDirectory = null;
        data = new byte[0];
    }

    private static void expectClosed(Runnable r) {
        try {
            r.run();
        } catch (IllegalStateException expected) {
            System.out.println("  refused: " + expected.getMessage());
        }
    }

    public static void main(String[] args) {
        SA26ZipArchiveReader zip = new SA26ZipArchiveReader();
        expectClosed(zip::size);
        expectClosed(() -> zip.read("a"));
        expectClosed(zip::entryNames);
        try (SA26ZipArchiveReader z = zip) {
            z.open("META-INF/MANIFEST.MF:Version 1|app/Main.class:CAFEBABE|README:hello zip");
            System.out.println("entries=" + z.entryNames() + " size=" + z.size());
            System.out.println("README=" + z.read("README") + " main=" + z.read("app/Main.class") + " none=" + z.read("x"));
        }
        zip.close();
        expectClosed(zip::size);
        try {
            zip.open("brokenentry");
        } catch (IllegalArgumentException expected) {
            System.out.println("corrupt: " + expected.getMessage());
        }
        expectClosed(zip::entryNames);
        zip.open("only:one");
        System.out.println("reopened size=" + zip.size() + " only=" + zip.read("only"));
        zip.close();
    }
}
