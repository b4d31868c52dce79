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
  void aPlatformConstructorGivenConstantsOnlyCannotFail() {
    assertTrue(JavaSemantics.constructionCannotFail("java.util.HashMap", 0, false));
    // new LinkedHashMap<>(16, 0.75f, true): three constants.
    assertTrue(JavaSemantics.constructionCannotFail("java.util.LinkedHashMap", 0, false));
    // new LinkedHashMap<>(capacity): a negative capacity is rejected.
    assertFalse(JavaSemantics.constructionCannotFail("java.util.LinkedHashMap", 1, false));
    assertFalse(JavaSemantics.constructionCannotFail("java.io.FileReader", 0, true));
    assertFalse(JavaSemantics.constructionCannotFail("com.example.Registry", 0, false));
  }

  @Test
  void anOwnConstructorThatOnlyStoresWhatItIsGivenCannotFail() {
    assertTrue(JavaSemantics.ownConstructionCannotFail(true, true));
    // super(max, 0.75f, false) may reject max.
    assertFalse(JavaSemantics.ownConstructionCannotFail(false, true));
    // this.max = Integer.parseInt(spec) may throw.
    assertFalse(JavaSemantics.ownConstructionCannotFail(true, false));
  }

  @Test
  void loadingAPlatformClassOrOneOfTheAnalysedCodeCannotFail() {
    assertTrue(JavaSemantics.classLoadingCannotFail("java.util.HashMap", false));
    assertTrue(JavaSemantics.classLoadingCannotFail("com.example.Buffer$SampleMap", true));
    assertFalse(JavaSemantics.classLoadingCannotFail("com.example.Registry", false));
  }

  @Test
  void anOptionalOrAMapReturnsTheDefaultItIsGiven() {
    assertEquals(0, JavaSemantics.defaultParameter("java.util.Optional", "orElse", 1, false));
    assertEquals(1, JavaSemantics.defaultParameter("java.util.Map", "getOrDefault", 2, true));
    assertEquals(-1, JavaSemantics.defaultParameter("java.util.Optional", "orElseGet", 1, false));
    assertEquals(-1, JavaSemantics.defaultParameter("com.example.Cache", "getOrDefault", 2, false));
  }
}
