package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8's promises on an object that the class's own code builds with a null map ({@link
 * NullCause.ConstructedWithNull}). The call that passes the null often passes a constant for
 * another field too, set together with the map: {@code new JsonNode(Kind.TEXT, text, null)}, where
 * every use of the map tests {@code kind == Kind.OBJECT} first. Such a construction keeps the
 * promise "where the flag holds this value, the map is non-null" when its constant gives the flag
 * the other value; any other construction with a null map breaks it, and so does a constructor that
 * copies a map its argument may not have ({@link NullCause.CopiedFromUnassigned}).
 */
public final class NullConstruction {

  private NullConstruction() {}

  /**
   * Whether "where {@code flag} holds {@code value}, {@code field} is non-null" survives every
   * object that the class's own code builds with a null for {@code field}.
   */
  public static boolean keepsPromise(ClassFacts owner, String flag, boolean value, String field) {
    for (FieldFacts facts : owner.fields()) {
      if (facts.name().equals(field)) {
        for (NullCause cause : facts.constructedWithNull()) {
          Boolean flagThere =
              cause instanceof NullCause.ConstructedWithNull construction
                  ? flagValue(construction.fieldConstants(), flag)
                  : null;
          if (flagThere == null || flagThere == value) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * What {@code flag} holds on an object whose fields got {@code constants}: a boolean field is its
   * own flag; a comparison of a field with an enum constant ({@link ConstantTests#equalTo}) holds
   * where the field got that constant. Null where the constants do not say.
   */
  private static @Nullable Boolean flagValue(Map<String, String> constants, String flag) {
    String own = constants.get(flag);
    if (own != null) {
      return own.equals("true") ? Boolean.TRUE : own.equals("false") ? Boolean.FALSE : null;
    }
    for (Map.Entry<String, String> constant : constants.entrySet()) {
      String prefix = ConstantTests.flagName(constant.getKey(), ConstantTests.equalTo(""));
      if (flag.startsWith(prefix)) {
        return flag.substring(prefix.length()).equals(constant.getValue());
      }
    }
    return null;
  }
}
