package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column dictionary encoder in the style of Parquet's DictionaryValuesWriter: values are
 * mapped to small integer ids until the dictionary grows too large, at which point the writer
 * falls back to plain encoding and drops both dictionary maps. The forward and reverse maps are
 * always created and dropped together; decoding checks one and uses the other.
 */
public class SA39DictionaryEncoder {

    private final int maxDictionarySize;
    private Map<String, Integer> forward;  // null <=> reverse == null
    private Map<Integer, String> reverse;
    private boolean fellBack;
    private final List<String> plainValues = new ArrayList<>();

    public SA39DictionaryEncoder(int maxDictionarySize) {
        this.maxDictionarySize = maxDictionarySize;
    }

    /** Returns the dictionary id, or -1 if the value was written with plain encoding. */
    public int encode(String value) {
        if (fellBack) {
            plainValues.add(value);
            return -1;
        }
        if (forward == null) {
            forward = new HashMap<>();
            reverse = new HashMap<>();
        }
        Integer id = forward.get(value);
        if (id == null) {
            id = forward.size();
            forward.put(value, id);
            reverse.put(id, value);
            if (forward.size() > maxDictionarySize) {
                fallBackToPlain();
            }
        }
        return id;
    }

    private void fallBackToPlain() {
        fellBack = true;
        forward = null;
        reverse = null;
    }

    public String decode(int id) {
        if (forward == null) {
            throw new IllegalStateException(fellBack ? "dictionary abandoned" : "dictionary empty");
        }
        String v = reverse.get(id);
        if (v == null) {
            throw new IllegalArgumentException("unknown id " + id);
        }
        return v;
    }

    public int dictionarySize() {
        return forward == null ? 0 : reverse.size();
    }

    /** Starts a new row group: dictionary encoding is attempted again. */
    public void newPage() {
        forward = null;
        reverse = null;
        fellBack = false;
        plainValues.clear();
    }

    public static void main(String[] args) {
        SA39DictionaryEncoder enc = new SA39DictionaryEncoder(3);
        System.out.println("empty size=" + enc.dictionarySize());
        try {
            enc.decode(0);
        } catch (IllegalStateException expected) {
            System.out.println("decode: " + expected.getMessage());
        }
        StringBuilder ids = new StringBuilder();
        for (String city : new String[] {"Oslo", "Rome", "Oslo", "Lima", "Rome"}) {
            ids.append(enc.encode(city)).append(' ');
        }
        System.out.println("ids=" + ids + "size=" + enc.dictionarySize() + " decode(2)=" + enc.decode(2));
        try {
            enc.decode(9);
        } catch (IllegalArgumentException expected) {
            System.out.println("decode: " + expected.getMessage());
        }
        System.out.println("overflow id=" + enc.encode("Kyiv") + " then " + enc.encode("Oslo") + " size=" + enc.dictionarySize()
                + " plain=" + enc.plainValues);
        try {
            enc.decode(0);
        } catch (IllegalStateException expected) {
            System.out.println("decode: " + expected.getMessage());
        }
        enc.newPage();
        enc.newPage();
        System.out.println("new page id=" + enc.encode("Quito") + " decode=" + enc.decode(0) + " size=" + enc.dictionarySize());
    }
}
