package probe30;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** Ordered playlist; iterators are fail-fast views over the outer playlist. */
public final class T11Playlist implements Iterable<String> {
    private SortedMap<Integer, String> tracks; // position -> title; null while unloaded
    private boolean loaded;
    private int modCount;

    public void load(List<String> titles) {
        SortedMap<Integer, String> m = new TreeMap<>();
        int position = 1;
        for (String title : titles) m.put(position++, title);
        tracks = m;
        loaded = true;
        modCount++;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public void append(String title) {
        if (!loaded) throw new IllegalStateException("playlist not loaded");
        tracks.put(tracks.isEmpty() ? 1 : tracks.lastKey() + 1, title);
        modCount++;
    }

    public int size() {
        return loaded ? tracks.size() : 0;
    }

    public void unload() {
        loaded = false;
        tracks = null;
        modCount++;
    }

    @Override
    public Iterator<String> iterator() {
        return new Cursor();
    }

    /** Walks the playlist in position order; becomes exhausted once the playlist changes. */
    private final class Cursor implements Iterator<String> {
        private final int expectedModCount = modCount;
        private int lastPosition; // positions start at 1

        @Override
        public boolean hasNext() {
            if (!loaded || modCount != expectedModCount) return false;
            return !tracks.tailMap(lastPosition + 1).isEmpty();
        }

        @Override
        public String next() {
            if (!loaded) throw new IllegalStateException("playlist unloaded");
            if (modCount != expectedModCount) throw new IllegalStateException("playlist changed during iteration");
            SortedMap<Integer, String> rest = tracks.tailMap(lastPosition + 1);
            if (rest.isEmpty()) throw new NoSuchElementException();
            lastPosition = rest.firstKey();
            return rest.get(lastPosition);
        }
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    private static List<String> drain(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        for (String s : it) out.add(s);
        return out;
    }

    public static void main(String[] args) {
        T11Playlist playlist = new T11Playlist();
        assert !playlist.isLoaded() && playlist.size() == 0;
        assert drain(playlist).isEmpty();
        Iterator<String> early = playlist.iterator();
        assert !early.hasNext();
        expectFailure(early::next);
        expectFailure(() -> playlist.append("x"));
        playlist.unload();

        playlist.load(List.of("Intro", "Verse"));
        assert !early.hasNext(); // created before load: stays exhausted
        expectFailure(early::next);
        playlist.append("Outro");
        assert playlist.size() == 3;
        assert drain(playlist).equals(List.of("Intro", "Verse", "Outro"));

        Iterator<String> it = playlist.iterator();
        assert it.next().equals("Intro");
        playlist.append("Encore");
        assert !it.hasNext();
        expectFailure(it::next);

        Iterator<String> stale = playlist.iterator();
        assert stale.hasNext();
        playlist.unload();
        assert !stale.hasNext();
        expectFailure(stale::next);
        assert playlist.size() == 0 && drain(playlist).isEmpty();

        playlist.load(List.of());
        playlist.append("Solo");
        assert drain(playlist).equals(List.of("Solo"));
        System.out.println("T11 ok");
    }
}
