package io.github.mapinit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which handlers a dereference of null can reach: those that catch a NullPointerException. */
final class JavaSemanticsTest {

  @Test
  void aHandlerOfNullPointerExceptionOrASupertypeCatchesTheDereference() {
    assertTrue(JavaSemantics.catchesNullPointerException(List.of("java.lang.RuntimeException")));
    assertTrue(JavaSemantics.catchesNullPointerException(List.of("java.lang.Exception")));
    assertTrue(JavaSemantics.catchesNullPointerException(List.of("java.lang.Throwable")));
    assertTrue(
        JavaSemantics.catchesNullPointerException(
            List.of("java.lang.IllegalStateException", "java.lang.NullPointerException")));
    // finally: no type, every exception passes through it
    assertTrue(JavaSemantics.catchesNullPointerException(List.of()));
  }

  @Test
  void aHandlerOfAnotherTypeIsNotReachedFromADereferenceOfNull() {
    assertFalse(
        JavaSemantics.catchesNullPointerException(List.of("java.lang.IllegalArgumentException")));
    assertFalse(JavaSemantics.catchesNullPointerException(List.of("java.io.IOException")));
  }

  @Test
  void onlyABoxingConversionOfAPrimitiveCannotFail() {
    assertTrue(JavaSemantics.boxingCannotFail("java.lang.Integer", "valueOf", 1, true));
    assertTrue(JavaSemantics.boxingCannotFail("java.lang.Boolean", "valueOf", 1, true));
    // Integer.valueOf(String) parses: it throws NumberFormatException.
    assertFalse(JavaSemantics.boxingCannotFail("java.lang.Integer", "valueOf", 1, false));
    assertFalse(JavaSemantics.boxingCannotFail("java.lang.Integer", "parseInt", 1, true));
    assertFalse(JavaSemantics.boxingCannotFail("java.math.BigInteger", "valueOf", 1, true));
  }

  @Test
  void anOptionalOrAMapReturnsTheDefaultItIsGiven() {
    assertEquals(0, JavaSemantics.defaultParameter("java.util.Optional", "orElse", 1, false));
    assertEquals(1, JavaSemantics.defaultParameter("java.util.Map", "getOrDefault", 2, true));
    assertEquals(-1, JavaSemantics.defaultParameter("java.util.Optional", "orElseGet", 1, false));
    assertEquals(-1, JavaSemantics.defaultParameter("com.example.Cache", "getOrDefault", 2, false));
  }
}
