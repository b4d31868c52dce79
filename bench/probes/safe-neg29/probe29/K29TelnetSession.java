package probe29;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Line-oriented server session driven by an integer state machine. */
public class K29TelnetSession {

    static final int NEW = 0;
    static final int OPEN = 1;
    static final int CLOSED = 2;

    private int state = NEW;
    private TreeMap<String, String> env;
    private final List<String> transcript = new ArrayList<>();

    public void open(String user) {
        if (state != NEW) {
            throw new IllegalStateException("session already used");
        }
        env = new TreeMap<>();
        env.put("USER", user);
        env.put("PROMPT", "$");
        state = OPEN;
    }

    public String handle(String line) {
        String reply;
        switch (state) {
            case NEW:
                reply = "ERR not logged in";
                break;
            case OPEN:
                reply = execute(line.trim());
                break;
            case CLOSED:
                throw new IllegalStateException("session closed");
            default:
                throw new IllegalStateException("bad state " + state);
        }
        transcript.add(line + " -> " + reply);
        return reply;
    }

    private String execute(String cmd) {
        if (cmd.startsWith("set ")) {
            String[] kv = cmd.substring(4).split("=", 2);
            if (kv.length < 2) {
                return "ERR usage: set K=V";
            }
            env.put(kv[0], kv[1]);
            return "OK";
        }
        if (cmd.startsWith("get ")) {
            return env.getOrDefault(cmd.substring(4), "");
        }
        if (cmd.equals("env")) {
            return env.toString();
        }
        if (cmd.equals("quit")) {
            close();
            return "BYE";
        }
        return env.get("PROMPT") + " unknown: " + cmd;
    }

    public String prompt() {
        return state == OPEN ? env.get("USER") + env.get("PROMPT") : "";
    }

    public void close() {
        if (state == OPEN) {
            env.clear();
        }
        env = null;
        state = CLOSED;
    }

    public List<String> transcript() {
        return transcript;
    }

    public static void main(String[] args) {
        K29TelnetSession s = new K29TelnetSession();
        System.out.println("prompt='" + s.prompt() + "' " + s.handle("env"));
        s.open("root");
        try {
            s.open("again");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        System.out.println(s.prompt() + " " + s.handle("set HOME=/root") + " " + s.handle("set broken") + " "
                + s.handle("get HOME") + " [" + s.handle("get NONE") + "] " + s.handle("env"));
        System.out.println(s.handle("PROMPT") + " | " + s.handle("set PROMPT=#") + " " + s.prompt());
        System.out.println(s.handle("quit") + " prompt='" + s.prompt() + "'");
        try {
            s.handle("env");
        } catch (IllegalStateException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        s.close();
        K29TelnetSession unused = new K29TelnetSession();
        unused.close();
        System.out.println("transcript=" + s.transcript().size() + " unused prompt='" + unused.prompt() + "'");
    }
}
