package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Spec 8, correlated conditions through a helper: a boolean method of the class that answers with a
 * combination of the object's flags ({@code return configured && started;}, {@code return
 * !closed;}) tests them where it is called. Where it answers true, each flag that holds the same
 * value on every path of the helper that answers true holds that value ({@code if (!running())
 * throw ..;} leaves both {@code configured} and {@code started} true); likewise where it answers
 * false. A comparison of a flag field with null is that field's reference flag ({@code return store
 * != null && !draining;}), and a call of another such helper on {@code this} answers as that helper
 * does ({@code return hasStore() && !draining;}). The engines give the flag values each path
 * assumes, as their own reading of the helper finds them.
 */
public final class AnsweringHelpers {

  private AnsweringHelpers() {}

  /**
   * What every path that gives one answer says of the flags: the values they all agree on; none
   * where no path gives that answer.
   */
  public static <F> Map<F, Boolean> impliedBy(Collection<Map<F, Boolean>> pathsGivingAnswer) {
    Iterator<Map<F, Boolean>> paths = pathsGivingAnswer.iterator();
    if (!paths.hasNext()) {
      return Map.of();
    }
    Map<F, Boolean> agreed = new HashMap<>(paths.next());
    while (paths.hasNext()) {
      Map<F, Boolean> path = paths.next();
      agreed.entrySet().removeIf(flag -> !flag.getValue().equals(path.get(flag.getKey())));
    }
    return Map.copyOf(agreed);
  }
}
