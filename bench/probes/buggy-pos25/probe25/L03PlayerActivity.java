package probe25;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class L03PlayerActivity {

    enum Phase { BUFFERING, PLAYING, PAUSED, ENDED }

    interface PlaybackListener {
        void onPhase(Phase phase, long at);
    }

    static final class MediaPlayer {
        private final List<PlaybackListener> listeners = new ArrayList<>();

        void addListener(PlaybackListener listener) {
            listeners.add(listener);
        }

        void emit(Phase phase, long at) {
            for (PlaybackListener l : listeners) {
                l.onPhase(phase, at);
            }
        }
    }

    private final MediaPlayer player;
    private EnumMap<Phase, Long> phaseTimes;
    private HashMap<String, Object> state;
    private boolean created;
    private boolean destroyed;

    public L03PlayerActivity(MediaPlayer player) {
        this.player = player;
    }

    public void onCreate(Map<String, Object> savedInstanceState) {
        phaseTimes = new EnumMap<>(Phase.class);
        state = new HashMap<>();
        if (savedInstanceState != null) {
            state.putAll(savedInstanceState);
        }
        state.putIfAbsent("title", "untitled");
        player.addListener((phase, at) -> phaseTimes.put(phase, at));
        created = true;
    }

    public void onPause() {
        if (created && !destroyed) {
            state.put("position", phaseTimes.getOrDefault(Phase.PLAYING, 0L));
        }
    }

    public void onRestoreInstanceState(Map<String, Object> saved) {
        if (state != null && saved != null) {
            state.putAll(saved);
        }
    }

    public void onSaveInstanceState(Map<String, Object> outState) {
        outState.put("title", state.get("title"));
        outState.put("position", state.getOrDefault("position", 0L));
    }

    public long playedFor(long now) {
        if (phaseTimes == null) {
            return 0;
        }
        Long started = phaseTimes.get(Phase.PLAYING);
        return started == null ? 0 : now - started;
    }

    public String title() {
        return state == null ? "" : String.valueOf(state.get("title"));
    }

    public void onDestroy() {
        destroyed = true;
        phaseTimes = null;
        state = null;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L03PlayerActivity.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        MediaPlayer player = new MediaPlayer();
        L03PlayerActivity activity = new L03PlayerActivity(player);
        activity.onPause();
        Map<String, Object> saved = new HashMap<>();
        saved.put("title", "Episode 4");
        activity.onCreate(saved);
        player.emit(Phase.BUFFERING, 10);
        player.emit(Phase.PLAYING, 15);
        activity.onPause();
        activity.onRestoreInstanceState(Map.of("volume", 7));
        Map<String, Object> out = new HashMap<>();
        activity.onSaveInstanceState(out);
        System.out.println(activity.title() + " played=" + activity.playedFor(40) + " saved=" + out.get("position"));
        activity.onDestroy();
        activity.onPause();
        activity.onRestoreInstanceState(saved);
        System.out.println("destroyed title='" + activity.title() + "' played=" + activity.playedFor(50));

        expectNpe(48, () -> player.emit(Phase.ENDED, 90));
        expectNpe(65, () -> activity.onSaveInstanceState(new HashMap<>()));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
