package io.github.mapinit.bench.oracle;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Runs random call sequences on compiled generated classes, instrumented in memory by JaCoCo: a
 * constructor, then public methods with random arguments. The first NullPointerException of a
 * sequence ends it and marks its site (the top frame, in the generated class): a site that threw
 * without an earlier failure. The deliberate {@code IllegalArgumentException} and {@code
 * IllegalStateException} of the generated code are caught, as a caller would, and the sequence goes
 * on. Lines are keyed {@code File.java:line}.
 */
final class Driver {

  /** What the runs showed. */
  record Observations(
      Map<String, Integer> threw, Set<String> executed, List<String> problems, int sequences) {}

  private static final int[] INTS = {-1, 0, 1, 2, 3, 5};
  private static final String[] KEYS = {"a", "b", "ab", "c"};

  private final Map<String, byte[]> originals;
  private final Map<String, byte[]> instrumented = new HashMap<>();
  private final Map<String, Integer> threw = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private int sequences;

  private Driver(Map<String, byte[]> originals) {
    this.originals = originals;
  }

  /**
   * Drives every class in {@code topLevel} (binary names) with {@code perClass} sequences; {@code
   * classFiles} holds every class file of them, nested ones included, by binary name.
   */
  static Observations run(
      List<String> topLevel, Map<String, byte[]> classFiles, long seed, int perClass) {
    Driver driver = new Driver(classFiles);
    LoggerRuntime runtime = new LoggerRuntime();
    RuntimeData data = new RuntimeData();
    try {
      runtime.startup(data);
      Instrumenter instrumenter = new Instrumenter(runtime);
      for (Map.Entry<String, byte[]> e : classFiles.entrySet()) {
        driver.instrumented.put(e.getKey(), instrumenter.instrument(e.getValue(), e.getKey()));
      }
      for (int i = 0; i < topLevel.size(); i++) {
        driver.drive(topLevel.get(i), new Random(seed * 1_000_003L + i), perClass);
      }
      ExecutionDataStore executions = new ExecutionDataStore();
      data.collect(executions, new SessionInfoStore(), false);
      return new Observations(
          driver.threw, driver.executed(executions), driver.problems, driver.sequences);
    } catch (Exception e) {
      throw new IllegalStateException("cannot run the generated classes", e);
    } finally {
      runtime.shutdown();
    }
  }

  private void drive(String className, Random random, int perClass) {
    // A class with static state gets a fresh class loader per sequence, so that sequences do not
    // see each other's static maps.
    boolean staticState = hasStaticMap(className);
    ClassLoader shared = new GeneratedClassLoader();
    Class<?> members = null;
    List<Constructor<?>> constructors = List.of();
    List<Method> methods = List.of();
    for (int s = 0; s < perClass; s++) {
      sequences++;
      ClassLoader loader = staticState ? new GeneratedClassLoader() : shared;
      Class<?> type;
      try {
        type = Class.forName(className, true, loader);
      } catch (ExceptionInInitializerError e) {
        outcome(className, e.getCause());
        continue;
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (type != members) {
        members = type;
        constructors = sorted(type.getConstructors());
        methods = new ArrayList<>();
        for (Method m : sorted(type.getDeclaredMethods())) {
          if (Modifier.isPublic(m.getModifiers())) {
            methods.add(m);
          }
        }
      }
      Constructor<?> constructor = constructors.get(random.nextInt(constructors.size()));
      Object instance;
      try {
        instance = constructor.newInstance(arguments(constructor, random));
      } catch (InvocationTargetException e) {
        outcome(className, e.getCause());
        continue; // no instance: the sequence ends whatever was thrown
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      int calls = 1 + random.nextInt(8);
      for (int c = 0; c < calls; c++) {
        Method method = methods.get(random.nextInt(methods.size()));
        try {
          method.invoke(
              Modifier.isStatic(method.getModifiers()) ? null : instance,
              arguments(method, random));
        } catch (InvocationTargetException e) {
          if (outcome(className, e.getCause())) {
            break;
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Records what a call threw; true when the sequence ends there. */
  private boolean outcome(String className, Throwable thrown) {
    if (thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException) {
      return false; // the generated code's own checks: a caller catches them and goes on
    }
    if (thrown instanceof ExceptionInInitializerError && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    StackTraceElement[] trace = thrown.getStackTrace();
    boolean inClass =
        trace.length > 0
            && (trace[0].getClassName().equals(className)
                || trace[0].getClassName().startsWith(className + "$"));
    if (thrown instanceof NullPointerException && inClass) {
      threw.merge(trace[0].getFileName() + ":" + trace[0].getLineNumber(), 1, Integer::sum);
    } else {
      problems.add(
          className
              + ": "
              + thrown
              + " at "
              + (trace.length > 0 ? trace[0] : "?")
              + " (the generator must not produce this)");
    }
    return true;
  }

  private static Object[] arguments(Executable member, Random random) {
    Class<?>[] types = member.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == boolean.class) {
        args[i] = random.nextBoolean();
      } else if (types[i] == int.class) {
        args[i] = INTS[random.nextInt(INTS.length)];
      } else if (types[i] == String.class) {
        args[i] = KEYS[random.nextInt(KEYS.length)];
      } else {
        throw new IllegalStateException("no argument of type " + types[i] + " for " + member);
      }
    }
    return args;
  }

  private static <T extends Executable> List<T> sorted(T[] members) {
    List<T> list = new ArrayList<>(Arrays.asList(members));
    list.sort(Comparator.comparing(Executable::toGenericString));
    return list;
  }

  private boolean hasStaticMap(String className) {
    // Only the generator's own classes are asked: a static map field is the one named SHARED.
    byte[] bytes = originals.get(className);
    return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SHARED");
  }

  private Set<String> executed(ExecutionDataStore executions) throws IOException {
    CoverageBuilder coverage = new CoverageBuilder();
    Analyzer analyzer = new Analyzer(executions, coverage);
    for (Map.Entry<String, byte[]> e : originals.entrySet()) {
      analyzer.analyzeClass(e.getValue(), e.getKey());
    }
    Set<String> lines = new TreeSet<>();
    for (IClassCoverage c : coverage.getClasses()) {
      for (int line = c.getFirstLine(); line <= c.getLastLine(); line++) {
        int status = c.getLine(line).getStatus();
        if (status == ICounter.FULLY_COVERED || status == ICounter.PARTLY_COVERED) {
          lines.add(c.getSourceFileName() + ":" + line);
        }
      }
    }
    return lines;
  }

  /** Defines the instrumented generated classes; everything else comes from the parent. */
  private final class GeneratedClassLoader extends ClassLoader {

    GeneratedClassLoader() {
      super(Driver.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = instrumented.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
