package probe39;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Minimal SMTP client session. After {@link #connect(String, String)} the server's EHLO
 * capabilities are kept in a map. The boolean {@code connected} is true exactly while that map
 * exists: both are written together, only in {@code connect} and {@code quit}, and every method
 * that needs the capabilities tests the flag first.
 *
 * <p>This class is single-threaded: one session is driven by one mail-sending thread.
 */
public final class SI11SmtpClient {
    private boolean connected;                    // true iff capabilities != null
    private HashMap<String, String> capabilities; // EHLO keyword -> parameters
    private String server;
    private final List<String> transcript = new ArrayList<>();
    private int messagesSent;

    public void connect(String host, String ehloResponse) {
        if (host == null || host.isBlank() || ehloResponse == null) {
            throw new IllegalArgumentException("host and EHLO response are required");
        }
        if (connected) {
            throw new IllegalStateException("already connected to " + server);
        }
        HashMap<String, String> caps = parseEhlo(ehloResponse);
        capabilities = caps;
        server = host;
        connected = true;
        transcript.add("EHLO " + host);
    }

    private static HashMap<String, String> parseEhlo(String response) {
        HashMap<String, String> caps = new HashMap<>();
        String[] lines = response.split("\n");
        for (int i = 1; i < lines.length; i++) { // line 0 is the greeting
            String line = lines[i].strip();
            if (!line.startsWith("250") || line.length() <= 4) {
                continue;
            }
            String body = line.substring(4).strip();
            int space = body.indexOf(' ');
            String keyword = (space < 0 ? body : body.substring(0, space)).toUpperCase(Locale.ROOT);
            caps.put(keyword, space < 0 ? "" : body.substring(space + 1).strip());
        }
        return caps;
    }

    public boolean supports(String extension) {
        if (extension == null) {
            throw new IllegalArgumentException("extension is null");
        }
        if (!connected) {
            return false;
        }
        return capabilities.containsKey(extension.toUpperCase(Locale.ROOT));
    }

    public long maxMessageSize() {
        if (!connected) {
            return -1;
        }
        String size = capabilities.get("SIZE");
        if (size == null || size.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public void send(String from, String to, String body) {
        if (from == null || to == null || body == null) {
            throw new IllegalArgumentException("from, to and body are required");
        }
        if (!connected) {
            throw new IllegalStateException("not connected");
        }
        long max = maxMessageSize();
        if (max >= 0 && body.length() > max) {
            throw new IllegalArgumentException("message exceeds SIZE " + max);
        }
        String mailFrom = "MAIL FROM:<" + from + ">";
        transcript.add(capabilities.containsKey("8BITMIME") ? mailFrom + " BODY=8BITMIME" : mailFrom);
        transcript.add("RCPT TO:<" + to + ">");
        transcript.add("DATA " + body.length());
        messagesSent++;
    }

    public List<String> extensions() {
        if (!connected) {
            return List.of();
        }
        List<String> names = new ArrayList<>(capabilities.keySet());
        Collections.sort(names);
        return names;
    }

    public void quit() {
        if (!connected) {
            return;
        }
        transcript.add("QUIT");
        connected = false;
        capabilities = null;
        server = null;
    }

    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        String ehlo = "250-mail.example.org Hello\n250-SIZE 20\n250-8BITMIME\n250 HELP";
        SI11SmtpClient client = new SI11SmtpClient();
        check(!client.supports("SIZE") && client.maxMessageSize() == -1, "nothing before connect");
        check(client.extensions().isEmpty(), "no extensions before connect");
        client.quit();
        expect(IllegalStateException.class, () -> client.send("a@x", "b@y", "hi"));
        expect(IllegalArgumentException.class, () -> client.connect(" ", ehlo));
        expect(IllegalArgumentException.class, () -> client.supports(null));

        client.connect("mail.example.org", ehlo);
        expect(IllegalStateException.class, () -> client.connect("other", ehlo));
        check(client.supports("8bitmime") && !client.supports("STARTTLS"), "capabilities");
        check(client.maxMessageSize() == 20, "size limit");
        check(client.extensions().equals(List.of("8BITMIME", "HELP", "SIZE")), client.extensions().toString());
        client.send("a@x", "b@y", "short body");
        expect(IllegalArgumentException.class, () -> client.send("a@x", "b@y", "a body that is far too long"));
        expect(IllegalArgumentException.class, () -> client.send(null, "b@y", "x"));

        client.quit();
        client.quit();
        check(!client.supports("8BITMIME") && client.extensions().isEmpty(), "forgotten after quit");
        expect(IllegalStateException.class, () -> client.send("a@x", "b@y", "hi"));

        client.connect("relay.test", "220 relay\n250-SIZE abc\n250 STARTTLS");
        check(client.maxMessageSize() == -1 && client.supports("starttls"), "second server");
        client.send("c@x", "d@y", "no limit");
        client.quit();
        check(client.transcript().get(1).equals("MAIL FROM:<a@x> BODY=8BITMIME"), client.transcript().toString());
        check(client.messagesSent == 2 && client.transcript().size() == 10, "transcript size");
        System.out.println("OK SI11SmtpClient");
    }
}
