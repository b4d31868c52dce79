package io.github.mapinit.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.mapinit.policy.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The check is found the way Error Prone's plugin loading finds it, under its fixed name. */
final class RegistrationTest {

  @Test
  void serviceLoaderFindsAndInstantiatesTheCheck() {
    assertTrue(
        ServiceLoader.load(BugChecker.class).stream()
            .map(ServiceLoader.Provider::get)
            .anyMatch(UninitializedMapWrite.class::isInstance));
  }

  @Test
  void theNameSeverityAndDocumentationAreFixed() {
    BugPattern pattern = UninitializedMapWrite.class.getAnnotation(BugPattern.class);
    assertEquals("UninitializedMapWrite", pattern.name());
    assertEquals(Messages.CHECK_NAME, pattern.name());
    assertEquals(BugPattern.SeverityLevel.ERROR, pattern.severity());
    assertTrue(!pattern.summary().endsWith("."), "Error Prone summaries have no trailing period");
    assertTrue(Files.exists(Path.of("../docs/UninitializedMapWrite.md")), "the documentation page");
  }
}
