package probe25;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gradle ExecSpec style description of a process to launch. A null
 * environment map means "inherit the parent environment unchanged".
 */
public class B31ExecSpec {
    private final List<String> commandLine = new ArrayList<>();
    private String workingDir = ".";
    private Map<String, String> environment; // null: inherit
    private boolean ignoreExitValue;

    public B31ExecSpec commandLine(String... args) {
        commandLine.clear();
        commandLine.addAll(Arrays.asList(args));
        return this;
    }

    public B31ExecSpec workingDir(String dir) {
        this.workingDir = dir;
        return this;
    }

    public B31ExecSpec environment(String name, Object value) {
        if (environment == null) {
            environment = new TreeMap<>();
        }
        environment.put(name, String.valueOf(value));
        return this;
    }

    public B31ExecSpec environment(Map<String, ?> vars) {
        vars.forEach((k, v) -> environment(k, v));
        return this;
    }

    public B31ExecSpec setEnvironment(Map<String, ?> vars) {
        environment = null;
        return vars == null ? this : environment(vars);
    }

    public B31ExecSpec inheritEnvironment() {
        environment = null;
        return this;
    }

    public B31ExecSpec ignoreExitValue(boolean ignore) {
        this.ignoreExitValue = ignore;
        return this;
    }

    public Map<String, String> effectiveEnvironment(Map<String, String> parentEnv) {
        Map<String, String> own = environment;
        if (own == null) {
            return parentEnv;
        }
        Map<String, String> merged = new TreeMap<>(parentEnv);
        merged.putAll(own);
        return merged;
    }

    public B31ExecSpec copy() {
        B31ExecSpec c = new B31ExecSpec().commandLine(commandLine.toArray(new String[0])).workingDir(workingDir)
                .ignoreExitValue(ignoreExitValue);
        c.environment = environment == null ? null : new TreeMap<>(environment);
        return c;
    }

    public ProcessBuilder toProcessBuilder() {
        ProcessBuilder pb = new ProcessBuilder(commandLine).directory(new File(workingDir));
        if (environment != null) {
            pb.environment().putAll(environment);
        }
        return pb;
    }

    public String describe() {
        String env = environment == null ? "<inherited>" : environment.keySet().toString();
        return String.join(" ", commandLine) + " in " + workingDir + " env=" + env
                + (ignoreExitValue ? " (exit value ignored)" : "");
    }

    public static void main(String[] args) {
        Map<String, String> parent = Map.of("PATH", "/usr/bin", "HOME", "/home/ci");
        B31ExecSpec spec = new B31ExecSpec().commandLine("git", "status").workingDir("/tmp");
        System.out.println(spec.describe() + " " + spec.effectiveEnvironment(parent).size()
                + " " + spec.toProcessBuilder().command());
        spec.environment("GIT_PAGER", "cat").environment(Map.of("LANG", "C", "DEPTH", 3));
        B31ExecSpec copy = spec.copy().ignoreExitValue(true);
        System.out.println(spec.describe() + " " + spec.effectiveEnvironment(parent));
        System.out.println(spec.toProcessBuilder().environment().get("GIT_PAGER"));
        spec.inheritEnvironment();
        System.out.println(spec.describe() + " | " + copy.describe());
        copy.setEnvironment(null);
        B31ExecSpec copyOfCopy = copy.copy();
        spec.setEnvironment(Map.of("ONLY", "1"));
        System.out.println(copyOfCopy.describe() + " | " + spec.effectiveEnvironment(parent));
    }
}
