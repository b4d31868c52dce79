package probe27;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Build-tool project model: properties loaded from a build file, plugin-registered task
 * types and incremental up-to-date checks on task outputs (a tiny Gradle/Maven analogue).
 */
public class BA11BuildProject {
    static class Task {
        final String name;
        final String type;
        Map<String, String> outputs;

        Task(String name, String type) {
            this.name = name;
            this.type = type;
        }

        void run(String input) {
            Map<String, String> produced = new LinkedHashMap<>();
            produced.put(name + ".out", Integer.toHexString(input.hashCode()));
            outputs = produced;
        }
    }

    private static Map<String, BiFunction<String, String, Task>> taskTypes;

    private final String path;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private Map<String, String> properties;
    private String configError;

    public BA11BuildProject(String path) {
        this.path = path;
    }

    /** Called by plugins when they are applied. */
    public static synchronized void registerTaskType(String type) {
        if (taskTypes == null) {
            taskTypes = new HashMap<>();
        }
        taskTypes.put(type, Task::new);
    }

    /** The build daemon discards plugin class loaders between builds. */
    public static synchronized void unloadPlugins() {
        taskTypes = null;
    }

    public static synchronized boolean isTaskTypeKnown(String type) {
        return taskTypes != null && taskTypes.containsKey(type);
    }

    public static synchronized Task newTask(String name, String type) {
        BiFunction<String, String, Task> factory = taskTypes.get(type);
        if (factory == null) {
            throw new IllegalArgumentException("unknown task type " + type);
        }
        return factory.apply(name, type);
    }

    public void configure(String buildFile) {
        try {
            Map<String, String> parsed = new HashMap<>();
            for (String line : buildFile.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] kv = line.split(":", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("bad line: " + line);
                }
                parsed.put(kv[0].strip(), kv[1].strip());
            }
            properties = parsed;
        } catch (IllegalArgumentException e) {
            configError = path + ": " + e.getMessage();
        }
    }

    public String property(String key, String fallback) {
        return properties == null ? fallback : properties.getOrDefault(key, fallback);
    }

    public String artifactName() {
        return properties.getOrDefault("name", "unnamed") + "-" + properties.getOrDefault("version", "0.0.0");
    }

    public Task addTask(String name, String type) {
        Task task = newTask(name, type);
        tasks.put(name, task);
        return task;
    }

    public boolean upToDate(String taskName, String input) {
        Task task = tasks.get(taskName);
        String expected = Integer.toHexString(input.hashCode());
        return expected.equals(task.outputs.get(taskName + ".out"));
    }

    public boolean hasRun(String taskName) {
        Task task = tasks.get(taskName);
        return task != null && task.outputs != null && !task.outputs.isEmpty();
    }

    public static void main(String[] args) {
        registerTaskType("compile");
        System.out.println("jar known before plugin: " + isTaskTypeKnown("jar"));
        BA11BuildProject app = new BA11BuildProject("app/build.conf");
        app.configure("name: app\nversion: 1.2.0\n");
        System.out.println("artifact " + app.artifactName() + ", group " + app.property("group", "org.example"));
        app.addTask("compileJava", "compile").run("src-v1");
        System.out.println("up to date: " + app.upToDate("compileJava", "src-v1") + " / " + app.upToDate("compileJava", "src-v2"));
        app.addTask("compileTest", "compile");
        System.out.println("compileTest has run: " + app.hasRun("compileTest") + ", missing task: " + app.hasRun("nope"));
        BA11BuildProject broken = new BA11BuildProject("lib/build.conf");
        broken.configure("name: lib\nversion 2.0\n");
        System.out.println("config error: " + broken.configError + ", name fallback " + broken.property("name", "?"));

        expectNpe(90, () -> broken.artifactName());
        expectNpe(102, () -> app.upToDate("compileTest", "src-v1"));
        unloadPlugins();
        System.out.println("compile known after unload: " + isTaskTypeKnown("compile"));
        expectNpe(59, () -> app.addTask("packageJar", "jar"));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA11BuildProject.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
