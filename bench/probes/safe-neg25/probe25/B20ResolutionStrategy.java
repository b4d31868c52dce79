package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gradle-style dependency resolution strategy: forced versions and module
 * substitutions are both optional and only allocated when configured.
 */
public class B20ResolutionStrategy {
    public record Module(String group, String name) {
        static Module parse(String notation) {
            String[] p = notation.split(":");
            return new Module(p[0], p[1]);
        }

        @Override
        public String toString() {
            return group + ":" + name;
        }
    }

    public record Requested(Module module, String version) {
    }

    private Map<Module, String> forcedModules;       // null unless force(...) was called
    private Map<Module, Requested> substitutions;    // null unless substitute(...) was called
    private boolean failOnVersionConflict;
    private final List<String> resolutionLog = new ArrayList<>();

    public B20ResolutionStrategy force(String... notations) {
        for (String n : notations) {
            int last = n.lastIndexOf(':');
            if (forcedModules == null) {
                forcedModules = new LinkedHashMap<>();
            }
            forcedModules.put(Module.parse(n.substring(0, last)), n.substring(last + 1));
        }
        return this;
    }

    public B20ResolutionStrategy substitute(String from, String to, String version) {
        if (substitutions == null) {
            substitutions = new LinkedHashMap<>();
        }
        substitutions.put(Module.parse(from), new Requested(Module.parse(to), version));
        return this;
    }

    public void setForcedModules(String... notations) {
        forcedModules = null;
        force(notations);
    }

    public void failOnVersionConflict() {
        failOnVersionConflict = true;
    }

    public Map<Module, String> getForcedModules() {
        return forcedModules == null ? Collections.emptyMap() : Collections.unmodifiableMap(forcedModules);
    }

    private Optional<String> forcedVersion(Module m) {
        return Optional.ofNullable(forcedModules).map(f -> f.get(m));
    }

    public Requested resolve(Requested requested, String conflictingVersion) {
        Requested r = requested;
        if (substitutions != null && substitutions.containsKey(r.module())) {
            r = substitutions.get(r.module());
            resolutionLog.add(requested.module() + " substituted by " + r.module());
        }
        Optional<String> forced = forcedVersion(r.module());
        if (forced.isPresent()) {
            resolutionLog.add(r.module() + " forced to " + forced.get());
            return new Requested(r.module(), forced.get());
        }
        if (conflictingVersion != null && !conflictingVersion.equals(r.version())) {
            if (failOnVersionConflict) {
                resolutionLog.add("conflict on " + r.module());
                return null;
            }
            String winner = conflictingVersion.compareTo(r.version()) > 0 ? conflictingVersion : r.version();
            return new Requested(r.module(), winner);
        }
        return r;
    }

    public List<String> log() {
        return List.copyOf(resolutionLog);
    }

    public static void main(String[] args) {
        B20ResolutionStrategy strategy = new B20ResolutionStrategy();
        Requested guava = new Requested(Module.parse("com.google.guava:guava"), "31.0-jre");
        System.out.println(strategy.resolve(guava, null) + " " + strategy.resolve(guava, "32.1-jre")
                + " " + strategy.getForcedModules());
        strategy.force("com.google.guava:guava:33.0-jre", "junit:junit:4.13.2")
                .substitute("log4j:log4j", "org.slf4j:log4j-over-slf4j", "2.0.9");
        System.out.println(strategy.resolve(guava, "30.0-jre") + " "
                + strategy.resolve(new Requested(Module.parse("log4j:log4j"), "1.2.17"), null));
        strategy.setForcedModules();
        strategy.failOnVersionConflict();
        System.out.println(strategy.getForcedModules() + " " + strategy.resolve(guava, "30.0-jre")
                + " " + strategy.resolve(guava, "31.0-jre"));
        System.out.println(strategy.log());
    }
}
