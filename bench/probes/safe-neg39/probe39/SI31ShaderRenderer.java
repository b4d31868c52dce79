package probe39;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shader programs of a small rendering engine. The sealed base class leaves the uniform-location
 * map null in its constructor; every permitted program class is final and its constructor calls
 * the protected {@code init}, which assigns the map, so every fully constructed program has it.
 *
 * <p>This class is single-threaded: the render thread owns the graphics context.
 */
public final class SI31ShaderRenderer {
    private abstract static sealed class Program permits FlatProgram, PhongProgram, SkyboxProgram {
        private final String name;
        private LinkedHashMap<String, Integer> uniformLocations; // null only until the subclass calls init()
        private final Map<Integer, float[]> values = new HashMap<>();

        Program(String name) {
            this.name = name;
        }

        protected final void init(String... uniforms) {
            LinkedHashMap<String, Integer> locations = new LinkedHashMap<>();
            for (String uniform : uniforms) {
                locations.put(uniform, locations.size());
            }
            uniformLocations = locations;
        }

        final int location(String uniform) {
            Integer location = uniformLocations.get(uniform);
            return location == null ? -1 : location;
        }

        final List<String> uniforms() {
            return List.copyOf(uniformLocations.keySet());
        }

        final void set(String uniform, float[] value) {
            int location = location(uniform);
            if (location < 0) {
                throw new IllegalArgumentException(name + " has no uniform " + uniform);
            }
            values.put(location, value.clone());
        }

        final boolean ready() {
            return values.keySet().containsAll(uniformLocations.values());
        }
    }

    private static final class FlatProgram extends Program {
        FlatProgram() {
            super("flat");
            init("u_mvp", "u_color");
        }
    }

    private static final class PhongProgram extends Program {
        PhongProgram() {
            super("phong");
            init("u_mvp", "u_normal", "u_light", "u_shininess");
        }
    }

    private static final class SkyboxProgram extends Program {
        SkyboxProgram() {
            super("skybox");
            init("u_view_rotation", "u_cubemap");
        }
    }

    private final Map<String, Program> programs = new TreeMap<>();
    private Program current;
    private int draws;

    public SI31ShaderRenderer() {
        for (Program p : List.of(new FlatProgram(), new PhongProgram(), new SkyboxProgram())) {
            programs.put(p.name, p);
        }
    }

    public void use(String program) {
        current = program(program);
    }

    public void setUniform(String uniform, float... value) {
        if (uniform == null || value == null || value.length == 0) {
            throw new IllegalArgumentException("uniform and value are required");
        }
        if (current == null) {
            throw new IllegalStateException("no program in use");
        }
        current.set(uniform, value);
    }

    public int uniformLocation(String program, String uniform) {
        if (uniform == null) {
            throw new IllegalArgumentException("uniform is null");
        }
        return program(program).location(uniform);
    }

    public List<String> uniformsOf(String program) {
        return program(program).uniforms();
    }

    public int draw() {
        if (current == null || !current.ready()) {
            throw new IllegalStateException("program missing or uniforms unset");
        }
        return ++draws;
    }

    private Program program(String name) {
        Program p = name == null ? null : programs.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown program " + name);
        }
        return p;
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
        SI31ShaderRenderer renderer = new SI31ShaderRenderer();
        expect(IllegalStateException.class, renderer::draw);
        expect(IllegalStateException.class, () -> renderer.setUniform("u_mvp", 1f));
        expect(IllegalArgumentException.class, () -> renderer.use("toon"));
        expect(IllegalArgumentException.class, () -> renderer.uniformsOf(null));
        expect(IllegalArgumentException.class, () -> renderer.setUniform("u_mvp", (float[]) null));

        check(renderer.uniformsOf("phong").equals(List.of("u_mvp", "u_normal", "u_light", "u_shininess")), "phong");
        check(renderer.uniformLocation("skybox", "u_cubemap") == 1, "location");
        check(renderer.uniformLocation("flat", "u_light") == -1, "missing uniform");
        renderer.use("flat");
        renderer.setUniform("u_mvp", 1f, 0f, 0f, 1f);
        expect(IllegalStateException.class, renderer::draw);
        expect(IllegalArgumentException.class, () -> renderer.setUniform("u_light", 1f));
        renderer.setUniform("u_color", 1f, 0.5f, 0f);
        check(renderer.draw() == 1 && renderer.draw() == 2, "flat draws");

        renderer.use("skybox");
        expect(IllegalStateException.class, renderer::draw);
        renderer.setUniform("u_view_rotation", 0f);
        renderer.setUniform("u_cubemap", 3f);
        check(renderer.draw() == 3, "skybox draw");
        System.out.println("OK SI31ShaderRenderer");
    }
}
