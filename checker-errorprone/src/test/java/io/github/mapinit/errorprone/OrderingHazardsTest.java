package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The ordering starts of spec section 4: a superclass constructor calling an override, static
 * initialisation in textual order, and deserialisation. Each message names the order that goes
 * wrong, and no fix is offered: an initialiser at the declaration does not help.
 */
final class OrderingHazardsTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass());

  @Test
  void superConstructorCallingAnOverride() {
    helper
        .addSourceLines(
            "Widgets.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "abstract class Widget {",
            "  Widget() { configure(); }",
            "  protected void configure() {}",
            "}",
            "class Button extends Widget {",
            "  private final Map<String, String> styles = new HashMap<>();",
            "  @Override protected void configure() {",
            "    // BUG: Diagnostic matches: order",
            "    styles.put(\"color\", \"red\");",
            "  }",
            "  void restyle() { styles.clear(); }",
            "}")
        .expectErrorMessage(
            "order",
            m ->
                m.contains(
                        "`styles` may be null here: it is still null when constructor `Widget()`")
                    && m.contains("calls the overridden `configure()` at line 4")
                    && m.contains("Do not call an overridable method from a constructor")
                    && !m.contains("Did you mean"))
        .doTest();
  }

  @Test
  void aFinalMethodCalledFromTheConstructorIsNotAnOverride() {
    helper
        .addSourceLines(
            "Panel.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Panel {",
            "  private final Map<String, String> styles = new HashMap<>();",
            "  Panel() { configure(); }",
            "  protected final void configure() { styles.put(\"a\", \"b\"); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void enumConstantsRegisterBeforeTheStaticMapExists() {
    helper
        .addSourceLines(
            "Color.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "enum Color {",
            "  RED, GREEN;",
            "  private static final Map<String, Color> BY_NAME = new HashMap<>();",
            "  Color() {",
            "    register(this);",
            "  }",
            "  private static void register(Color color) {",
            "    // BUG: Diagnostic matches: enum",
            "    BY_NAME.put(color.name(), color);",
            "  }",
            "}")
        .expectErrorMessage(
            "enum",
            m ->
                m.contains(
                    "`BY_NAME` may be null here: it is still null when enum constant `RED` is"
                        + " constructed at line 4: constants are created before the static"
                        + " initialiser at line 5 runs; the write `put` at line 11 in"
                        + " `register(Color)`, called at line 7,"))
        .doTest();
  }

  @Test
  void singletonAboveTheMapItsConstructorFills() {
    helper
        .addSourceLines(
            "Registry.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Registry {",
            "  static final Registry INSTANCE = new Registry();",
            "  private static final Map<String, String> DEFAULTS = new HashMap<>();",
            "  private Registry() {",
            "    // BUG: Diagnostic contains: still null when the initialiser of `INSTANCE`",
            "    DEFAULTS.put(\"k\", \"v\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theHolderIdiomIsSafe() {
    helper
        .addSourceLines(
            "Registry.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Registry {",
            "  private static class Holder { static final Registry INSTANCE = new Registry(); }",
            "  private static final Map<String, String> DEFAULTS = new HashMap<>();",
            "  private Registry() { DEFAULTS.put(\"k\", \"v\"); }",
            "  static Registry get() { return Holder.INSTANCE; }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void transientMapOfASerializableClass() {
    helper
        .addSourceLines(
            "Session.java",
            "import java.io.Serializable;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Session implements Serializable {",
            "  private transient Map<String, Object> attributes = new HashMap<>();",
            "  void set(String k, Object v) {",
            "    // BUG: Diagnostic matches: deserialised",
            "    attributes.put(k, v);",
            "  }",
            "}")
        .expectErrorMessage(
            "deserialised",
            m ->
                m.contains("it is transient, so it is null in every deserialised `Session`")
                    && m.contains("Restore it in readObject"))
        .doTest();
  }

  @Test
  void restoredTransientMapsAreSafe() {
    helper
        .addSourceLines(
            "Restored.java",
            "import java.io.Externalizable;",
            "import java.io.IOException;",
            "import java.io.ObjectInput;",
            "import java.io.ObjectInputStream;",
            "import java.io.ObjectOutput;",
            "import java.io.Serializable;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class ByReadObject implements Serializable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {",
            "    in.defaultReadObject();",
            "    cache = new HashMap<>();",
            "  }",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "class ByReadResolve implements Serializable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  private Object readResolve() { return new ByReadResolve(); }",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "class ByLazyGetter implements Serializable {",
            "  private transient Map<String, Object> cache;",
            "  private Map<String, Object> cache() {",
            "    if (cache == null) cache = new HashMap<>();",
            "    return cache;",
            "  }",
            "  Object get(String k) { return cache().get(k); }",
            "}",
            "class ByConstructor implements Externalizable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  public ByConstructor() {}",
            "  @Override public void writeExternal(ObjectOutput out) {}",
            "  @Override public void readExternal(ObjectInput in) {}",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "record Point(int x, int y) implements Serializable {",
            "  static final Map<String, Point> CACHE = new HashMap<>();",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void classesThatRestoreOrReplaceThemselvesAreSafe() {
    helper
        .addSourceLines(
            "Proxies.java",
            "import java.io.InvalidObjectException;",
            "import java.io.ObjectInputStream;",
            "import java.io.Serializable;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class SerialisedAsProxy implements Serializable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  private Object writeReplace() { return new HashMap<>(cache); }",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "class NeverDeserialised implements Serializable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  private void readObject(ObjectInputStream in) throws InvalidObjectException {",
            "    throw new InvalidObjectException(\"use the proxy\");",
            "  }",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "class RestoredReflectively implements Serializable {",
            "  private final transient Map<String, Object> cache = new HashMap<>();",
            "  private void readObject(ObjectInputStream in) throws Exception {",
            "    in.defaultReadObject();",
            "    RestoredReflectively.class.getDeclaredField(\"cache\").set(this, new HashMap<>());",
            "  }",
            "  Object get(String k) { return cache.get(k); }",
            "}",
            "abstract class RestoredBySubclasses implements Serializable {",
            "  private transient Map<String, Object> backing;",
            "  RestoredBySubclasses(Map<String, Object> backing) { this.backing = backing; }",
            "  final void setBacking(Map<String, Object> backing) { this.backing = backing; }",
            "  Object get(String k) { return backing.get(k); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void anAbstractClassThatNobodyCanRestoreIsReportedAtLowConfidence() {
    // A subclass in another file may restore the field: spec 8 makes this low confidence.
    CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
        .setArgs("-XepOpt:UninitializedMapWrite:Confidence=LOW")
        .addSourceLines(
            "Base.java",
            "import java.io.Serializable;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "abstract class Base implements Serializable {",
            "  private transient Map<String, Object> cache = new HashMap<>();",
            "  Object get(String k) {",
            "    // BUG: Diagnostic contains: null in every deserialised `Base`",
            "    return cache.get(k);",
            "  }",
            "}")
        .doTest();
  }
}
