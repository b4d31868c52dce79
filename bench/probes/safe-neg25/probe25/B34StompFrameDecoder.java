package probe25;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * STOMP-like text frame decoder. The header map of the frame being decoded is
 * a field (so helpers can fill it); it is assigned as the very first statement
 * of the try block and reset in finally, so the catch block may still report on it.
 */
public class B34StompFrameDecoder {
    public record Frame(String command, Map<String, String> headers, String body) {
    }

    private final int maxHeaders;
    private Map<String, String> headers; // non-null only while a frame is being decoded
    private final List<Frame> decoded = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    public B34StompFrameDecoder(int maxHeaders) {
        this.maxHeaders = maxHeaders;
    }

    public int decode(String text) {
        BufferedReader reader = new BufferedReader(new StringReader(text));
        int count = 0;
        while (true) {
            try {
                headers = new LinkedHashMap<>();
                String command = readCommand(reader);
                if (command == null) {
                    return count;
                }
                readHeaders(reader);
                String body = readBody(reader);
                decoded.add(new Frame(command, Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body));
                count++;
            } catch (IOException e) {
                errors.add(e.getMessage() + " (after " + headers.size() + " header(s))");
                return count;
            } finally {
                headers = null;
            }
        }
    }

    private static String readCommand(BufferedReader reader) throws IOException {
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isEmpty());
        if (line != null && !line.chars().allMatch(Character::isUpperCase)) {
            throw new IOException("illegal command '" + line + "'");
        }
        return line;
    }

    /** Only called from decode(), after the header map has been created. */
    private void readHeaders(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header '" + line + "'");
            }
            if (headers.size() >= maxHeaders) {
                throw new IOException("too many headers");
            }
            headers.putIfAbsent(line.substring(0, colon), line.substring(colon + 1));
        }
    }

    private static String readBody(BufferedReader reader) throws IOException {
        StringBuilder body = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null && !line.equals("^@")) {
            body.append(body.length() == 0 ? "" : "\n").append(line);
        }
        if (line == null) {
            throw new IOException("unterminated frame body");
        }
        return body.toString();
    }

    public boolean isDecoding() {
        return headers != null;
    }

    public List<Frame> frames() {
        return List.copyOf(decoded);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public static void main(String[] args) {
        B34StompFrameDecoder d = new B34StompFrameDecoder(3);
        System.out.println(d.decode("") + " " + d.isDecoding());
        String ok = "SEND\ndestination:/queue/a\ncontent-type:text/plain\n\nhello\nworld\n^@\n\nACK\nid:12\n\n^@\n";
        System.out.println(d.decode(ok) + " " + d.frames());
        System.out.println(d.decode("SEND\nbroken header\n\nx\n^@\n") + " "
                + d.decode("SEND\na:1\nb:2\nc:3\nd:4\n\n^@\n") + " "
                + d.decode("send\n\n^@\n") + " " + d.decode("SEND\na:1\n\nno end") + " " + d.isDecoding());
        System.out.println(d.errors());
    }
}
