package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import io.github.mapinit.policy.facts.ClassFacts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The facts of every class looked at so far in the running analysis, so that an inner class, a
 * lambda or another class of the nest reads its outer class's facts without analysing it again.
 */
final class AnalysisSession {

  private final Map<String, ClassFacts> facts = new ConcurrentHashMap<>();

  static synchronized AnalysisSession current() {
    IAnalysisCache cache = Global.getAnalysisCache();
    AnalysisSession session = cache.getOptionalDatabase(AnalysisSession.class);
    if (session == null) {
      session = new AnalysisSession();
      cache.eagerlyPutDatabase(AnalysisSession.class, session);
    }
    return session;
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
    ClassContext context;
    try {
      context =
          Global.getAnalysisCache()
              .getClassAnalysis(
                  ClassContext.class,
                  DescriptorFactory.createClassDescriptorFromDottedClassName(className));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
    ClassFacts built = builder.apply(modelFactory.apply(context));
    ClassFacts raced = facts.putIfAbsent(className, built);
    return raced != null ? raced : built;
  }
}
