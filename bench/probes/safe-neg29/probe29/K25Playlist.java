package probe29;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Music playlist with cursors that are invalidated whenever the playlist changes. */
public class K25Playlist {

    private LinkedHashMap<String, Integer> tracks;
    private int generation;

    public void load(Map<String, Integer> songs) {
        for (Map.Entry<String, Integer> e : songs.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("bad duration for " + e.getKey());
            }
        }
        tracks = new LinkedHashMap<>(songs);
        generation++;
    }

    public void unload() {
        tracks = null;
        generation++;
    }

    public boolean isLoaded() {
        return tracks != null;
    }

    public Cursor cursor() {
        if (tracks == null) {
            throw new IllegalStateException("nothing loaded");
        }
        return new Cursor();
    }

    /** Walks the playlist in order. */
    public final class Cursor {
        private final int expected = generation;
        private final List<String> order = new ArrayList<>(tracks.keySet());
        private int pos;
        private int played;

        private Cursor() {
        }

        private void check() {
            if (expected != generation) {
                throw new IllegalStateException("playlist changed");
            }
        }

        public boolean hasNext() {
            check();
            return pos < order.size();
        }

        public String next() {
            check();
            String title = order.get(pos++);
            played += tracks.get(title);
            return title;
        }

        public int secondsPlayed() {
            return played;
        }

        public int secondsLeft() {
            check();
            int left = 0;
            for (int i = pos; i < order.size(); i++) {
                left += tracks.get(order.get(i));
            }
            return left;
        }
    }

    public static void main(String[] args) {
        K25Playlist p = new K25Playlist();
        System.out.println("loaded=" + p.isLoaded());
        try {
            p.cursor();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        Map<String, Integer> songs = new LinkedHashMap<>();
        songs.put("Intro", 60);
        songs.put("Theme", 200);
        songs.put("Outro", 90);
        p.load(songs);
        Cursor c = p.cursor();
        System.out.println("left=" + c.secondsLeft());
        while (c.hasNext()) {
            System.out.println("playing " + c.next() + " left=" + c.secondsLeft());
        }
        Cursor stale = p.cursor();
        stale.next();
        p.unload();
        System.out.println("loaded=" + p.isLoaded() + " stale played=" + stale.secondsPlayed());
        for (Runnable r : List.<Runnable>of(stale::next, stale::hasNext, stale::secondsLeft, p::cursor)) {
            try {
                r.run();
            } catch (IllegalStateException expected) {
                System.out.println("rejected: " + expected.getMessage());
            }
        }
        Map<String, Integer> broken = new LinkedHashMap<>();
        broken.put("Silence", null);
        try {
            p.load(broken);
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        p.load(Map.of("Encore", 150));
        Cursor fresh = p.cursor();
        System.out.println(fresh.next() + " hasNext=" + fresh.hasNext() + " played=" + fresh.secondsPlayed());
        try {
            stale.hasNext();
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
    }
}
