package probe23;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Line-oriented parser for a mail-like message stream: a header block, a blank line, a body, and a
 * line with a single dot. The header map exists exactly in the HEADERS and BODY states. In IDLE the
 * first non-blank line both opens a message and is its first header, so the IDLE case creates the
 * map and falls through into the HEADERS case. Not thread-safe.
 */
public final class X40HeaderBlockParser {

    enum State { IDLE, HEADERS, BODY }

    record Message(Map<String, String> headers, String body) {
    }

    private State state = State.IDLE;
    private LinkedHashMap<String, String> headers;
    private final StringBuilder body = new StringBuilder();
    private final List<Message> messages = new ArrayList<>();

    @SuppressWarnings("fallthrough")
    public void feed(String line) {
        switch (state) {
            case IDLE:
                if (line.isBlank()) {
                    return;
                }
                headers = new LinkedHashMap<>();
                body.setLength(0);
                state = State.HEADERS;
                // fall through: this line is the first header of the new message
            case HEADERS:
                if (line.isEmpty()) {
                    state = State.BODY;
                    return;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
                return;
            case BODY:
                if (line.equals(".")) {
                    messages.add(new Message(Map.copyOf(headers), body.toString()));
                    headers = null;
                    state = State.IDLE;
                } else {
                    body.append(line).append('\n');
                }
                return;
            default:
                throw new AssertionError(state);
        }
    }

    public int currentHeaderCount() {
        return switch (state) {
            case IDLE -> 0;
            case HEADERS, BODY -> headers.size();
        };
    }

    public void reset() {
        state = State.IDLE;
        headers = null;
        body.setLength(0);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    public static void main(String[] args) {
        X40HeaderBlockParser parser = new X40HeaderBlockParser();
        System.out.println("idle headers=" + parser.currentHeaderCount());
        String stream = "\n\nFrom: alice\nTo: bob\nTo: carol\n\nhello\nworld\n.\n"
                + "Subject: second\n\nbody\n.\n"
                + "X-Partial: yes\n";
        for (String line : stream.split("\n", -1)) {
            parser.feed(line);
        }
        System.out.println("partial headers=" + parser.currentHeaderCount());
        parser.reset();
        System.out.println("after reset headers=" + parser.currentHeaderCount());
        for (Message m : parser.messages()) {
            System.out.println(m.headers() + " body=" + m.body().replace("\n", "|"));
        }
    }
}
