package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plugin host: core service registry, per-profile forks, and extension points. */
public final class BE20PluginLoader {

    private static final String FILE = "BE20PluginLoader.java";

    /** Well-known services, registered when the class is first touched. */
    static final class ServiceRegistry {
        static {
            registerCore();
        }
        private static final Map<String, String> SERVICES = new HashMap<>();

        private static void registerCore() {
            SERVICES.put("log", "core.Logger");
            SERVICES.put("metrics", "core.Metrics");
        }

        static String implementation(String service) {
            return SERVICES.get(service);
        }
    }

    /** Same idea, declared in the right order. */
    static final class Codecs {
        private static final Map<String, String> BY_EXT = new HashMap<>();
        static {
            BY_EXT.put("json", "JsonCodec");
            BY_EXT.put("yaml", "YamlCodec");
        }
    }

    private final String profile;
    private final Map<String, String> manifest;
    private Map<String, String> versions;
    private Map<String, List<String>> extensions;

    BE20PluginLoader(String profile) {
        this.profile = profile;
        this.manifest = new LinkedHashMap<>();
        this.versions = new HashMap<>();
        this.extensions = new HashMap<>();
    }

    private BE20PluginLoader(BE20PluginLoader other, String profile) {
        this.profile = profile;
        this.manifest = new LinkedHashMap<>(other.manifest);
        this.extensions = new HashMap<>();
        if (other.extensions != null) {
            other.extensions.forEach((k, v) -> this.extensions.put(k, new ArrayList<>(v)));
        }
    }

    BE20PluginLoader forkFor(String newProfile) {
        return new BE20PluginLoader(this, newProfile);
    }

    void install(String plugin, String mainClass, String version) {
        manifest.put(plugin, mainClass);
        versions.put(plugin, version);
    }

    String version(String plugin) {
        Map<String, String> v = versions;
        return v == null ? "?" : v.getOrDefault(plugin, "?");
    }

    void setExtensions(Map<String, List<String>> extensions) {
        this.extensions = extensions;
    }

    void contribute(String point, String plugin) {
        extensions.computeIfAbsent(point, p -> new ArrayList<>()).add(plugin);
    }

    List<String> contributors(String point) {
        if (extensions == null) {
            return List.of();
        }
        return extensions.getOrDefault(point, List.of());
    }

    void unloadAll() {
        manifest.clear();
        setExtensions(null);
    }

    public static void main(String[] args) {
        System.out.println("codec=" + Codecs.BY_EXT.get("json"));
        BE20PluginLoader host = new BE20PluginLoader("default");
        host.install("git", "vcs.GitPlugin", "1.2");
        host.contribute("menu", "git");
        BE20PluginLoader dev = host.forkFor("dev");
        dev.contribute("menu", "debugger");
        System.out.println(host.profile + " menu=" + host.contributors("menu") + " git=" + host.version("git"));
        System.out.println(dev.profile + " menu=" + dev.contributors("menu") + " git=" + dev.version("git"));
        BE20PluginLoader scratch = new BE20PluginLoader("scratch");
        scratch.contribute("toolbar", "lint");
        scratch.unloadAll();
        System.out.println("scratch toolbar=" + scratch.contributors("toolbar"));
        scratch.setExtensions(new HashMap<>());
        scratch.contribute("toolbar", "fmt");

        try {
            System.out.println(ServiceRegistry.implementation("log"));
            miss(22);
        } catch (ExceptionInInitializerError e) {
            expect(e.getCause(), 22);
        }
        try {
            dev.install("profiler", "perf.Profiler", "0.9");
            miss(67);
        } catch (NullPointerException e) {
            expect(e, 67);
        }
        try {
            host.unloadAll();
            host.contribute("menu", "git");
            miss(80);
        } catch (NullPointerException e) {
            expect(e, 80);
        }
    }

    private static void expect(Throwable t, int line) {
        if (!(t instanceof NullPointerException)) {
            System.out.println("NOT NPE " + t);
            return;
        }
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
