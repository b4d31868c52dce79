package io.github.mapinit.spotbugs;

import org.apache.bcel.Const;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InvokeInstruction;
import org.jspecify.annotations.Nullable;

/**
 * Which of the caller's places a followed call works on. A static helper, or an instance helper and
 * {@code this(...)} on {@code this}, share all of them; a constructor of the class run on a new
 * object ({@code new X()} inside X, e.g. an enum constant) shares only the static fields (spec 4,
 * static initialisation in order).
 */
enum CallTarget {
  ALL_PLACES,
  STATIC_PLACES,
  NONE;

  static CallTarget of(InvokeInstruction ins, @Nullable Value receiver, ConstantPoolGen cpg) {
    if (receiver == null || receiver.role() == Value.Role.THIS) {
      return ALL_PLACES;
    }
    boolean constructor =
        ins.getOpcode() == Const.INVOKESPECIAL
            && Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(cpg));
    return constructor ? STATIC_PLACES : NONE;
  }

  boolean shares(Place.FieldPlace place) {
    return this == ALL_PLACES
        || (this == STATIC_PLACES && place.receiver() == Place.Receiver.STATIC);
  }
}
