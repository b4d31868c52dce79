package probe23;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes nested Map/List structures as JSON. Like Jackson, it only pays for cycle detection once
 * the nesting gets deep: the identity map is allocated past {@link #CYCLE_CHECK_DEPTH} and dropped
 * at the start of every document. One writer per thread.
 */
public final class X26JsonCycleWriter {

    static final int CYCLE_CHECK_DEPTH = 4;

    private IdentityHashMap<Object, Boolean> inProgress;
    private int depth;

    public String write(Object value) {
        inProgress = null;
        depth = 0;
        StringBuilder sb = new StringBuilder();
        writeValue(sb, value);
        return sb.toString();
    }

    public boolean usedCycleDetection() {
        return inProgress != null;
    }

    private void writeValue(StringBuilder sb, Object value) {
        if (value instanceof Map<?, ?> map) {
            enter(map);
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sep).append('"').append(e.getKey()).append("\":");
                writeValue(sb, e.getValue());
                sep = ",";
            }
            sb.append('}');
            exit(map);
        } else if (value instanceof List<?> list) {
            enter(list);
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeValue(sb, list.get(i));
            }
            sb.append(']');
            exit(list);
        } else if (value instanceof String s) {
            sb.append('"').append(s.replace("\"", "\\\"")).append('"');
        } else {
            sb.append(value);
        }
    }

    private void enter(Object container) {
        depth++;
        if (depth > CYCLE_CHECK_DEPTH) {
            if (inProgress == null) {
                inProgress = new IdentityHashMap<>();
            }
            if (inProgress.put(container, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("cycle detected at depth " + depth);
            }
        }
    }

    private void exit(Object container) {
        if (inProgress != null) {
            inProgress.remove(container);
        }
        depth--;
    }

    public static void main(String[] args) {
        X26JsonCycleWriter writer = new X26JsonCycleWriter();
        Map<String, Object> shallow = new LinkedHashMap<>();
        shallow.put("name", "widget");
        shallow.put("tags", List.of("a", "b"));
        System.out.println(writer.write(shallow) + " detection=" + writer.usedCycleDetection());

        Object deep = "leaf";
        for (int i = 0; i < 7; i++) {
            deep = List.of(deep);
        }
        System.out.println(writer.write(deep) + " detection=" + writer.usedCycleDetection());

        List<Object> cyclic = new ArrayList<>();
        cyclic.add(1);
        cyclic.add(cyclic);
        try {
            writer.write(Map.of("root", cyclic));
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        System.out.println(writer.write(null) + " " + writer.write(42) + " detection=" + writer.usedCycleDetection());
    }
}
