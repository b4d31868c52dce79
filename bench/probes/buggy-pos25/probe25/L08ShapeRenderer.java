package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class L08ShapeRenderer {

    abstract static class Renderer {
        protected final String name;
        protected final List<String> output = new ArrayList<>();

        Renderer(String name) {
            this.name = name;
            configure();
        }

        protected abstract void configure();

        abstract void draw(String shape);

        List<String> flush() {
            List<String> copy = new ArrayList<>(output);
            output.clear();
            return copy;
        }
    }

    static class SvgRenderer extends Renderer {
        private final Map<String, String> styles = new HashMap<>();

        SvgRenderer() {
            super("svg");
        }

        @Override
        protected void configure() {
            styles.put("stroke", "black");
            styles.put("fill", "none");
        }

        @Override
        void draw(String shape) {
            output.add("<" + shape + " style=\"" + styles + "\"/>");
        }
    }

    static class CanvasRenderer extends Renderer {
        private TreeMap<Integer, String> layers = null;
        private Map<String, Integer> palette;

        CanvasRenderer() {
            super("canvas");
        }

        @Override
        protected void configure() {
            layers = new TreeMap<>();
            layers.put(0, "background");
            palette = new HashMap<>();
            palette.put("black", 0x000000);
            palette.put("red", 0xff0000);
        }

        @Override
        void draw(String shape) {
            int colour = palette.getOrDefault("red", 0);
            output.add(shape + " #" + Integer.toHexString(colour) + " layers=" + layerNames());
        }

        void addLayer(int z, String layerName) {
            layers.put(z, layerName);
        }

        String layerNames() {
            if (layers == null) {
                return "[]";
            }
            return layers.values().toString();
        }
    }

    static class AsciiRenderer extends Renderer {
        private Map<String, Character> glyphs;

        AsciiRenderer() {
            super("ascii");
        }

        private Map<String, Character> glyphs() {
            if (glyphs == null) {
                glyphs = new HashMap<>();
            }
            return glyphs;
        }

        @Override
        protected void configure() {
            glyphs().put("circle", 'o');
            glyphs().put("square", '#');
        }

        @Override
        void draw(String shape) {
            output.add(name + ":" + glyphs().getOrDefault(shape, '?'));
        }
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L08ShapeRenderer.java";
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
        CanvasRenderer canvas = new CanvasRenderer();
        canvas.draw("circle");
        AsciiRenderer ascii = new AsciiRenderer();
        ascii.draw("square");
        System.out.println(canvas.flush() + " " + ascii.flush());

        expectNpe(40, () -> new SvgRenderer().draw("rect"));
        expectNpe(74, () -> canvas.addLayer(5, "overlay"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
