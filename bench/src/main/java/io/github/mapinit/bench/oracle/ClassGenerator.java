package io.github.mapinit.bench.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random, compilable classes with map fields, the way a developer writes them: fields initialised
 * at the declaration, in some constructors, in {@code init()}, lazily, reset in {@code close()};
 * {@code this(...)}, private and final helpers, guards, early returns, loops, try/catch, ternaries,
 * local aliases, lambdas run at once and stored to run later, a static map. The only values that
 * can be null are the maps (fields and their local aliases): parameters, keys, values and every
 * other field are never null, so every NullPointerException comes from a map.
 *
 * <p>Seeded: the same seed and name give the same class.
 */
public final class ClassGenerator {

  /** One generated top-level class. */
  public record GeneratedClass(
      String packageName, String simpleName, String source, Map<Integer, String> notes) {

    public String fileName() {
      return simpleName + ".java";
    }

    public String binaryName() {
      return packageName + "." + simpleName;
    }
  }

  /** Where a field gets its map. */
  enum Plan {
    DECLARATION,
    ALL_CONSTRUCTORS,
    SOME_CONSTRUCTORS,
    INIT_METHOD,
    LAZY,
    STATIC_BLOCK
  }

  /** How {@code close()} (or {@code reload}) gives a field up. */
  enum Reset {
    NONE,
    NULL,
    CLEAR_THEN_NULL,
    GUARDED_CLEAR_THEN_NULL,
    EXCEPTIONAL_RELOAD
  }

  private record Field(
      String name,
      String type,
      String creation,
      Plan plan,
      Reset reset,
      boolean isStatic,
      boolean isFinal) {

    String describe() {
      return (isStatic ? "static " : "")
          + name
          + " ("
          + plan.name().toLowerCase()
          + (reset == Reset.NONE ? "" : ", reset " + reset.name().toLowerCase())
          + ")";
    }
  }

  /** A constructor's or method's parameters and what the body may do. */
  private static final class Scope {
    final String member;
    final String params;
    final boolean key;
    final boolean n;
    final boolean flag;
    final boolean returnsInt;
    final boolean isStatic;
    final List<String> constructs = new ArrayList<>();
    String keyName;
    int depth;

    Scope(String member, String params, boolean returnsInt, boolean isStatic) {
      this.member = member;
      this.params = params;
      this.key = params.contains("String key");
      this.n = params.contains("int n");
      this.flag = params.contains("boolean flag");
      this.returnsInt = returnsInt;
      this.isStatic = isStatic;
      this.keyName = key ? "key" : "\"k\"";
    }

    /** The same parameters, inside a lambda body (which returns nothing). */
    Scope lambda(String kind) {
      Scope inner = new Scope(member, params, false, isStatic);
      inner.constructs.addAll(constructs);
      inner.constructs.add(kind);
      inner.depth = depth + 1;
      inner.keyName = keyName;
      return inner;
    }

    String keyExpr() {
      return keyName;
    }

    String nExpr() {
      return n ? "n" : "1";
    }

    String counter() {
      return isStatic ? "hits" : "total";
    }

    String returnStatement() {
      return returnsInt ? "return -1;" : "return;";
    }

    /** The helper's or method's own name. */
    String name() {
      return member.substring(member.lastIndexOf(' ') + 1);
    }
  }

  private static final String[][] TYPES = {
    {"Map<String, Integer>", "new HashMap<>()"},
    {"Map<String, Integer>", "new TreeMap<>()"},
    {"Map<String, Integer>", "new LinkedHashMap<>()"},
    {"Map<String, Integer>", "new ConcurrentHashMap<>()"},
    {"HashMap<String, Integer>", "new HashMap<>()"},
    {"TreeMap<String, Integer>", "new TreeMap<>()"},
    {"SortedMap<String, Integer>", "new TreeMap<>()"},
    {"NavigableMap<String, Integer>", "new TreeMap<>()"},
    {"LinkedHashMap<String, Integer>", "new LinkedHashMap<>()"},
    {"ConcurrentMap<String, Integer>", "new ConcurrentHashMap<>()"},
  };

  private static final String[] FIELD_NAMES = {
    "cache", "counts", "index", "byName", "seen", "totals", "pendingByKey", "registry"
  };

  private static final String[] METHOD_NAMES = {
    "add", "lookup", "update", "count", "record", "refresh", "report", "touch", "drain", "mark"
  };

  private static final String[] PARAMS = {
    "String key, int n",
    "String key",
    "boolean flag, String key, int n",
    "",
    "int n",
    "boolean flag, String key"
  };

  private final Random random;
  private final String packageName;
  private final String name;
  private final SourceWriter out = new SourceWriter();
  private final List<Field> fields = new ArrayList<>();
  private final List<String> helpers = new ArrayList<>();
  private final List<Boolean> privateHelpers = new ArrayList<>();
  private Field staticField;
  private boolean hasPending;
  private boolean hasInit;
  private int locals;

  private ClassGenerator(long seed, String packageName, String name) {
    this.random = new Random(seed);
    this.packageName = packageName;
    this.name = name;
  }

  /** The class {@code packageName.name} for {@code seed}. */
  public static GeneratedClass generate(long seed, String packageName, String name) {
    ClassGenerator generator = new ClassGenerator(seed, packageName, name);
    generator.write();
    return new GeneratedClass(
        packageName, name, generator.out.text(), Map.copyOf(generator.out.notes()));
  }

  // ---------------------------------------------------------------- the class

  private void write() {
    planFields();
    planHelpers();
    hasPending = chance(0.35);
    out.line("package " + packageName + ";");
    out.line("");
    out.line("import java.util.*;");
    out.line("import java.util.concurrent.*;");
    out.line("");
    out.open("public class " + name);
    declareFields();
    if (staticField != null && staticField.plan == Plan.STATIC_BLOCK) {
      out.open("static");
      out.line(staticField.name + " = " + staticField.creation + ";");
      out.close();
      out.line("");
    }
    writeConstructors();
    writeHelpers();
    writeMethods();
    out.close();
  }

  private void planFields() {
    int count = 1 + random.nextInt(3);
    List<String> names = new ArrayList<>(List.of(FIELD_NAMES));
    for (int i = 0; i < count; i++) {
      String[] type = TYPES[random.nextInt(TYPES.length)];
      Plan plan =
          pick(
              Plan.DECLARATION,
              Plan.ALL_CONSTRUCTORS,
              Plan.SOME_CONSTRUCTORS,
              Plan.INIT_METHOD,
              Plan.LAZY);
      Reset reset =
          chance(0.35)
              ? pick(
                  Reset.NULL,
                  Reset.CLEAR_THEN_NULL,
                  Reset.GUARDED_CLEAR_THEN_NULL,
                  Reset.EXCEPTIONAL_RELOAD)
              : Reset.NONE;
      boolean isFinal = plan == Plan.DECLARATION && reset == Reset.NONE && chance(0.5);
      String fieldName = names.remove(random.nextInt(names.size()));
      fields.add(new Field(fieldName, type[0], type[1], plan, reset, false, isFinal));
      hasInit |= plan == Plan.INIT_METHOD;
    }
    if (chance(0.3)) {
      String[] type = TYPES[random.nextInt(TYPES.length)];
      Plan plan = pick(Plan.DECLARATION, Plan.STATIC_BLOCK, Plan.LAZY, Plan.INIT_METHOD);
      Reset reset = plan != Plan.DECLARATION && chance(0.2) ? Reset.NULL : Reset.NONE;
      staticField =
          new Field("SHARED", type[0], type[1], plan, reset, true, plan == Plan.DECLARATION);
    }
  }

  private void declareFields() {
    for (Field f : fields) {
      String modifiers = f.isFinal ? "private final " : "private ";
      out.line(
          modifiers
              + f.type
              + " "
              + f.name
              + (f.plan == Plan.DECLARATION ? " = " + f.creation : "")
              + ";");
    }
    if (staticField != null) {
      Field f = staticField;
      out.line(
          (f.isFinal ? "private static final " : "private static ")
              + f.type
              + " "
              + f.name
              + (f.plan == Plan.DECLARATION ? " = " + f.creation : "")
              + ";");
      out.line("private static int hits;");
    }
    out.line("private int total;");
    if (hasPending) {
      out.line("private Runnable pending = () -> { };");
    }
    out.line("");
  }

  // ---------------------------------------------------------------- constructors

  private void writeConstructors() {
    List<String> signatures =
        new ArrayList<>(List.of("", "boolean flag", "String key", "boolean flag, int n"));
    int count = 1 + random.nextInt(3);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(signatures.remove(random.nextInt(signatures.size())));
    }
    String primary = chosen.get(0);
    for (int i = 0; i < chosen.size(); i++) {
      String params = chosen.get(i);
      Scope s = new Scope("constructor " + name + "(" + params + ")", params, false, false);
      out.open("public " + name + "(" + params + ")");
      boolean delegates = i > 0 && chance(0.5);
      if (delegates) {
        out.line("this(" + arguments(primary, s) + ");");
        s.constructs.add("after this(...)");
      }
      if (chance(0.15)) {
        s.constructs.add("before the constructor's assignments");
        block(s);
        s.constructs.remove(s.constructs.size() - 1);
      }
      for (Field f : fields) {
        if (!delegates || chance(0.2)) {
          assignInConstructor(f, s, i == 0, chosen.size() == 1);
        }
      }
      int extra = random.nextInt(3);
      for (int b = 0; b < extra; b++) {
        block(s);
      }
      if (hasInit && chance(0.15)) {
        out.line("init(" + (chance(0.5) ? "true" : "false") + ");");
      }
      out.close();
      out.line("");
    }
  }

  private void assignInConstructor(Field f, Scope s, boolean primary, boolean only) {
    switch (f.plan) {
      case ALL_CONSTRUCTORS -> assignAlways(f, s);
      case SOME_CONSTRUCTORS -> {
        if (only || !primary) {
          int how = random.nextInt(3);
          if (how == 0 && !only) {
            return; // this constructor forgets it
          }
          String cond = condition(s);
          if (how == 1 || only) {
            out.open("if (" + cond + ")");
            out.line(target(f) + " = " + f.creation + ";");
            out.close();
          } else {
            out.line(target(f) + " = " + cond + " ? " + f.creation + " : null;");
          }
        } else {
          assignAlways(f, s);
        }
      }
      default -> {
        // Assigned elsewhere.
      }
    }
  }

  private void assignAlways(Field f, Scope s) {
    switch (random.nextInt(3)) {
      case 0 -> {
        String cond = condition(s);
        out.open("if (" + cond + ")");
        out.line(target(f) + " = " + f.creation + ";");
        out.reopen("else");
        out.line(target(f) + " = " + f.creation + ";");
        out.close();
      }
      case 1 -> {
        String helper = "create" + capital(f.name);
        if (!helpers.contains(helper)) {
          helpers.add(helper);
        }
        out.line(target(f) + " = " + helper + "();");
      }
      default -> out.line(target(f) + " = " + f.creation + ";");
    }
  }

  private String arguments(String params, Scope s) {
    List<String> args = new ArrayList<>();
    for (String p : params.split(",\\s*")) {
      if (p.startsWith("boolean")) {
        args.add(s.flag ? "flag" : Boolean.toString(chance(0.5)));
      } else if (p.startsWith("int")) {
        args.add(s.n ? "n" : Integer.toString(random.nextInt(4)));
      } else if (p.startsWith("String")) {
        args.add(s.key ? "key" : "\"k\"");
      }
    }
    return String.join(", ", args);
  }

  // ---------------------------------------------------------------- helpers and methods

  /** Names the helpers first, so that constructors and methods can call them. */
  private void planHelpers() {
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      helpers.add("store" + i);
      privateHelpers.add(chance(0.6));
    }
    for (Field f : fields) {
      if (f.plan == Plan.LAZY && chance(0.5)) {
        helpers.add("ensure" + capital(f.name));
      }
    }
  }

  private void writeHelpers() {
    for (int i = 0; i < privateHelpers.size(); i++) {
      boolean isPrivate = privateHelpers.get(i);
      String helper = "store" + i;
      Scope s =
          new Scope(
              (isPrivate ? "private" : "final") + " helper " + helper,
              "String key, int n",
              false,
              false);
      out.open(
          (isPrivate ? "private" : "public final") + " void " + helper + "(String key, int n)");
      int blocks = 1 + random.nextInt(2);
      for (int b = 0; b < blocks; b++) {
        block(s);
      }
      out.close();
      out.line("");
    }
    for (Field f : fields) {
      if (helpers.contains("ensure" + capital(f.name))) {
        out.open("private void ensure" + capital(f.name) + "()");
        out.open("if (" + f.name + " == null)");
        out.line(f.name + " = " + f.creation + ";");
        out.close();
        out.close();
        out.line("");
      }
    }
    for (String helper : List.copyOf(helpers)) {
      if (helper.startsWith("create")) {
        Field f =
            fields.stream()
                .filter(x -> helper.equals("create" + capital(x.name)))
                .findFirst()
                .orElseThrow();
        out.open("private " + f.type + " " + helper + "()");
        out.line("return " + f.creation + ";");
        out.close();
        out.line("");
      }
    }
  }

  private void writeMethods() {
    if (hasInit) {
      Scope s = new Scope("method init", "boolean flag", false, false);
      out.open("public void init(boolean flag)");
      for (Field f : fields) {
        if (f.plan == Plan.INIT_METHOD) {
          if (chance(0.3)) {
            out.open("if (flag)");
            out.line(target(f) + " = " + f.creation + ";");
            out.close();
          } else {
            out.line(target(f) + " = " + f.creation + ";");
          }
        }
      }
      if (chance(0.3)) {
        block(s);
      }
      out.close();
      out.line("");
    }
    if (staticField != null && staticField.plan == Plan.INIT_METHOD) {
      out.open("public static void install()");
      out.line(staticField.name + " = " + staticField.creation + ";");
      out.close();
      out.line("");
    }
    writeResets();
    int count = 2 + random.nextInt(4);
    List<String> names = new ArrayList<>(List.of(METHOD_NAMES));
    for (int i = 0; i < count; i++) {
      String method = names.remove(random.nextInt(names.size()));
      String params = PARAMS[random.nextInt(PARAMS.length)];
      boolean returnsInt = chance(0.3);
      boolean isStatic = staticField != null && chance(0.15);
      Scope s = new Scope("method " + method, params, returnsInt, isStatic);
      out.open(
          "public "
              + (isStatic ? "static " : "")
              + (returnsInt ? "int " : "void ")
              + method
              + "("
              + params
              + ")");
      int blocks = 1 + random.nextInt(4);
      for (int b = 0; b < blocks; b++) {
        block(s);
      }
      if (returnsInt) {
        if (chance(0.4)) {
          Field f = field(s);
          out.use("return " + target(f) + ".size();", note(f, s, "return"));
        } else {
          out.line("return " + s.counter() + ";");
        }
      }
      out.close();
      out.line("");
    }
    if (hasPending) {
      out.open("public void flush()");
      out.line("pending.run();");
      out.close();
      out.line("");
    }
  }

  private void writeResets() {
    List<Field> resets = new ArrayList<>();
    for (Field f : fields) {
      if (f.reset != Reset.NONE) {
        resets.add(f);
      }
    }
    if (staticField != null && staticField.reset != Reset.NONE) {
      resets.add(staticField);
    }
    List<Field> closing = new ArrayList<>();
    for (Field f : resets) {
      if (f.reset == Reset.EXCEPTIONAL_RELOAD) {
        out.open("public void reload" + capital(f.name) + "(int n)");
        out.line(target(f) + " = null;");
        out.open("if (n < 0)");
        out.line("throw new IllegalArgumentException(\"negative: \" + n);");
        out.close();
        out.line(target(f) + " = " + f.creation + ";");
        out.close();
        out.line("");
      } else {
        closing.add(f);
      }
    }
    if (closing.isEmpty()) {
      return;
    }
    Scope s = new Scope("method close", "", false, false);
    out.open("public void close()");
    for (Field f : closing) {
      switch (f.reset) {
        case CLEAR_THEN_NULL -> out.use(target(f) + ".clear();", note(f, s, "clear before reset"));
        case GUARDED_CLEAR_THEN_NULL -> {
          out.open("if (" + target(f) + " != null)");
          out.use(target(f) + ".clear();", note(f, s, "guarded clear before reset"));
          out.close();
        }
        default -> {
          // Only the null assignment.
        }
      }
      out.line(target(f) + " = null;");
    }
    out.close();
    out.line("");
  }

  // ---------------------------------------------------------------- statements

  private void block(Scope s) {
    int kind = random.nextInt(s.depth >= 2 ? 12 : 16);
    Field f = field(s);
    String t = target(f);
    switch (kind) {
      case 0, 1 -> use(s, t, f, "plain");
      case 2 -> {
        String guard =
            pick(
                t + " != null",
                "null != " + t,
                t + " instanceof " + raw(f),
                t + " != null && " + condition(s),
                condition(s) + " && " + t + " != null",
                "!(" + t + " == null)");
        out.open("if (" + guard + ")");
        use(s, t, f, "under if (" + guard + ")");
        out.close();
      }
      case 3 -> {
        String guard = chance(0.7) ? t + " == null" : t + " == null || " + condition(s);
        out.open("if (" + guard + ")");
        out.line(s.returnStatement());
        out.close();
        use(s, t, f, "after if (" + guard + ") return");
      }
      case 4 -> {
        out.open("if (" + t + " == null)");
        out.line("throw new IllegalStateException(\"" + f.name + " is not ready\");");
        out.close();
        use(s, t, f, "after if (== null) throw");
      }
      case 5 -> {
        if (f.isFinal) {
          use(s, t, f, "plain");
          return;
        }
        String ensure = "ensure" + capital(f.name);
        if (helpers.contains(ensure) && chance(0.5)) {
          out.line(ensure + "();");
          use(s, t, f, "after " + ensure + "()");
        } else {
          out.open("if (" + t + " == null)");
          out.line(t + " = " + f.creation + ";");
          out.close();
          use(s, t, f, "after lazy creation");
        }
      }
      case 6 -> {
        String alias = "view" + locals++;
        out.line(f.type + " " + alias + " = " + t + ";");
        switch (random.nextInt(3)) {
          case 0 -> use(s, alias, f, "on a local alias");
          case 1 -> {
            out.open("if (" + alias + " != null)");
            use(s, alias, f, "on a local alias under != null");
            out.close();
          }
          default -> {
            out.open("if (" + alias + " == null)");
            out.line(s.returnStatement());
            out.close();
            use(s, alias, f, "on a local alias after == null return");
          }
        }
      }
      case 7 -> {
        // The branches on lines of their own: line coverage then tells which one ran.
        String counter = s.counter();
        if (chance(0.5)) {
          out.line(counter + " += " + t + " == null");
          out.line("    ? 0");
          out.use("    : " + t + ".size();", note(f, s, "guarded ternary"));
        } else {
          String cond = condition(s);
          out.line(counter + " += " + cond);
          out.use("    ? " + t + ".size()", note(f, s, "ternary on " + cond));
          out.line("    : 0;");
        }
      }
      case 8 -> {
        String i = "i" + locals++;
        if (s.n) {
          out.open("for (int " + i + " = 0; " + i + " < n; " + i + "++)");
        } else {
          out.open("for (String " + i + " : List.of(" + s.keyExpr() + ", \"z\"))");
        }
        s.constructs.add("loop");
        s.depth++;
        use(s, t, f, "in a loop");
        s.depth--;
        s.constructs.remove(s.constructs.size() - 1);
        out.close();
      }
      case 9 -> {
        out.open("try");
        s.constructs.add("try");
        if (s.n) {
          out.open("if (n < 0)");
          out.line("throw new IllegalArgumentException(\"negative\");");
          out.close();
        }
        use(s, t, f, "in try");
        s.constructs.remove(s.constructs.size() - 1);
        if (chance(0.5)) {
          out.reopen("catch (IllegalArgumentException e)");
          Field g = field(s);
          use(s, target(g), g, "in catch");
        } else {
          out.reopen("finally");
          out.line(s.counter() + "++;");
        }
        out.close();
      }
      case 10 -> lambda(s, f, false);
      case 11 -> {
        if (hasPending && !s.isStatic) {
          lambda(s, f, true);
        } else {
          use(s, t, f, "plain");
        }
      }
      case 12, 13 -> {
        String cond = condition(s);
        out.open("if (" + cond + ")");
        s.constructs.add("if (" + cond + ")");
        s.depth++;
        block(s);
        s.constructs.remove(s.constructs.size() - 1);
        if (chance(0.5)) {
          out.reopen("else");
          s.constructs.add("else of " + cond);
          block(s);
          s.constructs.remove(s.constructs.size() - 1);
        }
        out.close();
        s.depth--;
      }
      case 14 -> {
        String cond = condition(s);
        out.open("if (" + cond + ")");
        out.line(s.returnStatement());
        out.close();
        s.constructs.add("after if (" + cond + ") return");
        block(s);
        s.constructs.remove(s.constructs.size() - 1);
      }
      default -> {
        List<String> callable = new ArrayList<>();
        boolean inHelper = s.member.contains("helper");
        for (String h : helpers) {
          // A helper calls only the helpers written before it: no recursion.
          if (h.startsWith("store") && (!inHelper || h.compareTo(s.name()) < 0)
              || h.startsWith("ensure") && !inHelper) {
            callable.add(h);
          }
        }
        if (callable.isEmpty() || s.isStatic) {
          use(s, t, f, "plain");
          return;
        }
        String helper = callable.get(random.nextInt(callable.size()));
        out.line(
            helper.startsWith("store")
                ? helper + "(" + s.keyExpr() + ", " + s.nExpr() + ");"
                : helper + "();");
      }
    }
  }

  private void lambda(Scope s, Field f, boolean stored) {
    String x = "x" + locals++;
    Scope inner;
    if (stored) {
      out.open("pending = () ->");
      inner = s.lambda("lambda stored in pending");
      use(inner, target(f), f, "run later by flush()");
      out.close(";");
    } else {
      if (chance(0.5)) {
        out.open("List.of(" + s.keyExpr() + ", \"z\").forEach(" + x + " ->");
      } else {
        out.open("Optional.of(" + s.keyExpr() + ").ifPresent(" + x + " ->");
      }
      inner = s.lambda("lambda run at once");
      inner.keyName = x;
      use(inner, target(f), f, "run at once");
      out.close(");");
    }
  }

  /** One use of {@code t} (the field or an alias of it). */
  private void use(Scope s, String t, Field f, String how) {
    String key = s.keyExpr();
    String n = s.nExpr();
    String counter = s.counter();
    String note = note(f, s, how);
    switch (random.nextInt(12)) {
      case 0 -> out.use(t + ".put(" + key + ", " + n + ");", note);
      case 1 -> out.use(t + ".merge(" + key + ", " + n + ", Integer::sum);", note);
      case 2 -> out.use(t + ".computeIfAbsent(" + key + ", k" + locals++ + " -> " + n + ");", note);
      case 3 -> out.use(t + ".remove(" + key + ");", note);
      case 4 -> out.use(t + ".clear();", note);
      case 5 -> out.use(t + ".putIfAbsent(" + key + ", " + n + ");", note);
      case 6 -> out.use(counter + " += " + t + ".size();", note);
      case 7 -> out.use(counter + " += " + t + ".getOrDefault(" + key + ", 0);", note);
      case 8 -> {
        out.openUse("if (" + t + ".containsKey(" + key + "))", note);
        out.line(counter + "++;");
        out.close();
      }
      case 9 -> {
        String name = "name" + locals++;
        out.openUse("for (String " + name + " : " + t + ".keySet())", note);
        out.line(counter + " += " + name + ".length();");
        out.close();
      }
      case 10 -> {
        out.openUse("synchronized (" + t + ")", note);
        out.line(counter + "++;");
        out.close();
      }
      default -> out.use(counter + " += " + t + ".isEmpty() ? 0 : 1;", note);
    }
  }

  private String note(Field f, Scope s, String how) {
    StringBuilder text = new StringBuilder(f.describe()).append(" | ").append(s.member);
    for (String c : s.constructs) {
      text.append(" > ").append(c);
    }
    return text.append(" > ").append(how).toString();
  }

  /** A condition on the parameters or on state that is never null. */
  private String condition(Scope s) {
    List<String> options = new ArrayList<>();
    if (s.flag) {
      options.add("flag");
      options.add("!flag");
    }
    if (s.n) {
      options.add("n > 2");
      options.add("n < 0");
    }
    if (s.key) {
      options.add("key.startsWith(\"a\")");
    }
    options.add(s.counter() + " > 3");
    return options.get(random.nextInt(options.size()));
  }

  private Field field(Scope s) {
    if (staticField != null && (s.isStatic || chance(0.2))) {
      return staticField;
    }
    return fields.get(random.nextInt(fields.size()));
  }

  private String target(Field f) {
    if (f.isStatic) {
      return chance(0.2) ? name + "." + f.name : f.name;
    }
    return chance(0.3) ? "this." + f.name : f.name;
  }

  private static String raw(Field f) {
    int lt = f.type.indexOf('<');
    return lt < 0 ? f.type : f.type.substring(0, lt);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
