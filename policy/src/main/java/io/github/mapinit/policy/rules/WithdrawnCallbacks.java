package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.FieldExit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spec 8, a protocol: a lambda that its creator keeps for later (a listener it registers with a
 * button the object holds, a task it stores in a field) meets a reset of the map only if it still
 * runs after it. Where the method that resets the map also withdraws the lambda from every place
 * the creator put it (it calls the object it was handed to, {@code
 * button.setOnClickListener(null)}, {@code clock.removeListener(heartbeat)}, and clears the field
 * it was stored in), whether it still runs then is up to that object, which the engines do not
 * follow: the finding is low. A reset that does not touch those places (a task left queued on an
 * executor, a listener left registered) stays as sure as any reset. A private method that the class
 * hands out only as one {@code this::onRequest} reference, kept so, is such a callback too.
 */
public final class WithdrawnCallbacks {

  private WithdrawnCallbacks() {}

  /**
   * Where the method that creates a lambda puts it, in fields of its own object: the fields it
   * stores it in ({@code heartbeat = () -> ..}), and the fields whose objects it hands it to,
   * straight or through such a field ({@code button.onClick(() -> ..)}, {@code
   * clock.addListener(heartbeat)}).
   */
  public record Holders(Set<String> storedIn, Set<String> handedTo) {

    public Holders {
      storedIn = Set.copyOf(storedIn);
      handedTo = Set.copyOf(handedTo);
    }
  }

  /**
   * Whether the rule asks what a body with these {@code exits} withdraws: only of a body that may
   * set a tracked field to null, so engines need not read the others for it.
   */
  public static boolean asksAbout(Map<String, FieldExit> exits) {
    return exits.values().stream().anyMatch(FieldExit::mayLeaveNull);
  }

  /**
   * Whether {@code reset}, a method that sets the map to null, withdraws a lambda kept in {@code
   * holders} (empty where the lambda also goes anywhere else, or nowhere the object holds): it
   * assigns every field that stores it and calls every object it was handed to.
   */
  public static boolean withdraws(BodyFacts reset, Optional<Holders> holders) {
    if (holders.isEmpty()) {
      return false;
    }
    Holders kept = holders.get();
    return !(kept.storedIn().isEmpty() && kept.handedTo().isEmpty())
        && reset.fieldsAssigned().containsAll(kept.storedIn())
        && reset.fieldsCalled().containsAll(kept.handedTo());
  }
}
