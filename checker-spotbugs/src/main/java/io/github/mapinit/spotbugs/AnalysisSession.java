package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import io.github.mapinit.policy.facts.ClassFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.bcel.classfile.JavaClass;
import org.jspecify.annotations.Nullable;

/**
 * The facts of every class looked at so far in the running analysis, so that an inner class, a
 * lambda or another class of the nest reads its outer class's facts without analysing it again.
 */
final class AnalysisSession {

  private final Map<String, ClassFacts> facts = new ConcurrentHashMap<>();
  private final Map<String, Boolean> constructionsThatCannotFail = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> fieldsReadByAccessors = new ConcurrentHashMap<>();
  private final Map<String, List<String>> constructorHooks = new ConcurrentHashMap<>();
  private final Map<String, List<NullArgumentCalls.Call>> nullArgumentCalls =
      new ConcurrentHashMap<>();
  // Every model made in the run: SpotBugs visits the classes of one nest far apart, and each
  // model is small once it has let go of its class's context (ClassModel.classContext).
  private final Map<String, ClassModel> models = new ConcurrentHashMap<>();

  static synchronized AnalysisSession current() {
    IAnalysisCache cache = Global.getAnalysisCache();
    AnalysisSession session = cache.getOptionalDatabase(AnalysisSession.class);
    if (session == null) {
      session = new AnalysisSession();
      cache.eagerlyPutDatabase(AnalysisSession.class, session);
    }
    return session;
  }

  /**
   * Whether creating an object of the nest class {@code className} with the constructor of {@code
   * signature} cannot fail ({@link ConstructionFailures#ownCannotFail}): read once per run, since
   * every pass of a body's dataflow over the creation asks.
   */
  boolean ownConstructionCannotFail(String className, String signature) {
    return constructionsThatCannotFail.computeIfAbsent(
        className + signature,
        key -> {
          JavaClass type = ClassLookup.javaClass(className);
          return type != null && ConstructionFailures.ownCannotFail(type, signature);
        });
  }

  /**
   * The field, as {@code name signature}, of its own object that the instance method {@code name}
   * {@code signature} of the nest class {@code className} returns as its whole body ({@code
   * aload_0; getfield f; areturn}, policy {@code FieldAccessors}); empty for any other method. Read
   * once per run, since every call of it asks.
   */
  Optional<String> fieldReturnedBy(String className, String name, String signature) {
    return fieldsReadByAccessors.computeIfAbsent(
        className + '.' + name + signature,
        key -> {
          JavaClass type = ClassLookup.javaClass(className);
          return type == null
              ? Optional.empty()
              : FieldAccessorCode.returnedField(type, name, signature);
        });
  }

  /**
   * The overridable methods, as name and signature, that the constructor {@code signature} of
   * {@code className} calls on every path ({@link SuperConstructorHooks}): read once per run, since
   * every subclass constructor's dataflow asks at its {@code super(...)} call.
   */
  List<String> hooksCalledOnEveryPath(String className, String signature) {
    return constructorHooks.computeIfAbsent(
        className + signature,
        key -> {
          JavaClass type = ClassLookup.javaClass(className);
          return type == null
              ? List.of()
              : SuperConstructorHooks.calledOnEveryPath(type, signature);
        });
  }

  /**
   * The calls of the nest class {@code className} that give null for a tracked parameter ({@link
   * NullArgumentCalls#madeBy}): read once per run, since every class of its nest asks.
   */
  List<NullArgumentCalls.Call> nullArgumentCallsOf(String className, TypeOracle types) {
    return nullArgumentCalls.computeIfAbsent(
        className,
        key -> {
          JavaClass type = ClassLookup.javaClass(className);
          return type == null ? List.of() : NullArgumentCalls.madeBy(type, types);
        });
  }

  /** The facts of the class that {@code model} holds, built from it on first request. */
  ClassFacts factsOf(ClassModel model, Function<ClassModel, ClassFacts> builder) {
    return facts.computeIfAbsent(model.className(), k -> builder.apply(model));
  }

  /**
   * The facts of another class, built on first request from a model of it; null when the class
   * cannot be read.
   */
  @Nullable ClassFacts factsOf(
      String className,
      Function<ClassContext, ClassModel> modelFactory,
      Function<ClassModel, ClassFacts> builder) {
    ClassFacts known = facts.get(className);
    if (known != null) {
      return known;
    }
    ClassModel model = modelOf(className, modelFactory);
    if (model == null) {
      return null;
    }
    ClassFacts built = builder.apply(model);
    ClassFacts raced = facts.putIfAbsent(className, built);
    return raced != null ? raced : built;
  }

  /**
   * The model of another class, whose method summaries an anonymous or local class of it (spec 4),
   * a subclass or a creation of it needs; null when the class cannot be read.
   */
  @Nullable ClassModel modelOf(String className, Function<ClassContext, ClassModel> modelFactory) {
    ClassModel known = models.get(className);
    if (known != null) {
      return known;
    }
    ClassContext context = contextOf(className);
    return context == null ? null : modelOf(context, modelFactory);
  }

  /** The model of the class of {@code context}, made once in the run: its summaries are reused. */
  ClassModel modelOf(ClassContext context, Function<ClassContext, ClassModel> modelFactory) {
    // Not computeIfAbsent: making a model may ask for the models of other classes.
    String className = context.getJavaClass().getClassName();
    ClassModel known = models.get(className);
    if (known != null) {
      return known;
    }
    ClassModel built = modelFactory.apply(context);
    ClassModel raced = models.putIfAbsent(className, built);
    return raced != null ? raced : built;
  }

  /** SpotBugs' context of the class, from its analysis cache; null when it cannot be read. */
  static @Nullable ClassContext contextOf(String className) {
    try {
      return Global.getAnalysisCache()
          .getClassAnalysis(
              ClassContext.class,
              DescriptorFactory.createClassDescriptorFromDottedClassName(className));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
  }
}
