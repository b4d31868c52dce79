package probe24;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Control-connection handling of an FTP server, written with the GoF State pattern.
 * The per-login transfer statistics live in the outer object; only the
 * {@code LoggedIn} state uses them, and that state is installed together with them.
 */
public class Z09FtpSessionStates {

    private interface State {
        String user(String name);

        String retr(String file);

        String quit();
    }

    private final Map<String, Long> files;
    private final List<String> transcript = new ArrayList<>();
    /** File to bytes sent during the current login; exists only while logged in. */
    private HashMap<String, Long> transferred;
    private State state = new NotLoggedIn();

    public Z09FtpSessionStates(Map<String, Long> files) {
        this.files = Map.copyOf(files);
    }

    private final class NotLoggedIn implements State {
        public String user(String name) {
            transferred = new HashMap<>();
            state = new LoggedIn(name);
            return "230 User " + name + " logged in";
        }

        public String retr(String file) {
            return "530 Not logged in";
        }

        public String quit() {
            return "221 Goodbye";
        }
    }

    private final class LoggedIn implements State {
        private final String user;

        LoggedIn(String user) {
            this.user = user;
        }

        public String user(String name) {
            return "503 Already logged in as " + user;
        }

        public String retr(String file) {
            Long size = files.get(file);
            if (size == null) {
                return "550 " + file + ": No such file";
            }
            transferred.merge(file, size, Long::sum);
            return "226 Transfer complete (" + size + " bytes)";
        }

        public String quit() {
            long total = transferred.values().stream().mapToLong(Long::longValue).sum();
            int count = transferred.size();
            transferred = null;
            state = new NotLoggedIn();
            return "221 Goodbye " + user + ": " + count + " files, " + total + " bytes";
        }
    }

    public String command(String line) {
        String[] parts = line.split(" ", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        String reply = switch (parts[0].toUpperCase(Locale.ROOT)) {
            case "USER" -> state.user(arg);
            case "RETR" -> state.retr(arg);
            case "QUIT" -> state.quit();
            default -> "502 Command not implemented";
        };
        transcript.add(reply);
        return reply;
    }

    public static void main(String[] args) {
        Z09FtpSessionStates server = new Z09FtpSessionStates(Map.of("README", 120L, "dist.tar.gz", 4096L));
        for (String cmd : List.of("RETR README", "QUIT", "USER anonymous", "USER root", "RETR README",
                "RETR README", "RETR missing", "RETR dist.tar.gz", "NOOP", "QUIT", "RETR README",
                "user guest", "quit")) {
            server.command(cmd);
        }
        server.transcript.forEach(System.out::println);
    }
}
