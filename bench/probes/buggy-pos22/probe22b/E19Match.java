package probe22b;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** One match on a game server. Spectators may join in the lobby, before the match begins. */
public class E19Match {

    private static final String FILE = "E19Match.java";

    public enum Phase { WARMUP, FIRST_HALF, HALF_TIME, SECOND_HALF, FINISHED }

    private EnumMap<Phase, Long> phaseStartedAt;
    private Phase phase = Phase.WARMUP;
    private final List<Spectator> spectators = new ArrayList<>();

    public final class Spectator {
        private final String name;

        Spectator(String name) {
            this.name = name;
        }

        /** Polled by the spectator's HUD once per second. */
        public long secondsInPhase(long now) {
            Long start = phaseStartedAt.get(phase); // BUG
            return start == null ? 0 : (now - start) / 1000;
        }

        public String scoreboard(long now) {
            return name + " sees " + phase + " +" + secondsInPhase(now) + "s";
        }

        public boolean sawPhase(Phase p) {
            return phaseStartedAt != null && phaseStartedAt.containsKey(p);
        }
    }

    public Spectator join(String name) {
        Spectator s = new Spectator(name);
        spectators.add(s);
        return s;
    }

    public void begin(long now) {
        phaseStartedAt = new EnumMap<>(Phase.class);
        phaseStartedAt.put(Phase.WARMUP, now);
    }

    /** Also used by the admin "skip" command, which does not check whether the match has begun. */
    public void advance(long now) {
        if (phase == Phase.FINISHED) {
            return;
        }
        phase = Phase.values()[phase.ordinal() + 1];
        phaseStartedAt.put(phase, now); // BUG
    }

    public long duration(Phase p) {
        if (phaseStartedAt == null || !phaseStartedAt.containsKey(p) || p == Phase.FINISHED) {
            return -1;
        }
        Long end = phaseStartedAt.get(Phase.values()[p.ordinal() + 1]);
        return end == null ? -1 : end - phaseStartedAt.get(p);
    }

    public int spectatorCount() {
        return spectators.size();
    }

    public static void main(String[] args) {
        E19Match match = new E19Match();
        Spectator early = match.join("early-bird");
        assert !early.sawPhase(Phase.WARMUP) && match.duration(Phase.WARMUP) == -1;
        match.begin(0);
        assert early.secondsInPhase(5_000) == 5 && early.sawPhase(Phase.WARMUP);
        match.advance(60_000);
        assert early.scoreboard(90_000).equals("early-bird sees FIRST_HALF +30s");
        assert match.duration(Phase.WARMUP) == 60_000 && match.duration(Phase.FIRST_HALF) == -1;
        for (int i = 0; i < 5; i++) {
            match.advance(100_000 + i);
        }
        assert match.duration(Phase.FINISHED) == -1 && match.spectatorCount() == 1;

        E19Match lobby = new E19Match();
        Spectator waiting = lobby.join("waiting");
        prove(27, () -> waiting.scoreboard(1_000));
        prove(57, () -> lobby.advance(2_000));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
