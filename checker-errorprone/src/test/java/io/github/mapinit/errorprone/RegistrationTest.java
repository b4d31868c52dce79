package io.github.mapinit.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugCheckerInfo;
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
    BugCheckerInfo info = BugCheckerInfo.create(UninitializedMapWrite.class);
    assertEquals("UninitializedMapWrite", info.canonicalName());
    assertEquals(Messages.CHECK_NAME, info.canonicalName());
    assertEquals(BugPattern.SeverityLevel.ERROR, pattern.severity());
    assertTrue(!pattern.summary().endsWith("."), "Error Prone summaries have no trailing period");
    assertTrue(Files.exists(Path.of("../docs/UninitializedMapWrite.md")), "the documentation page");
    assertTrue(
        info.linkUrl().endsWith("/docs/UninitializedMapWrite.md"), "the check links to that page");
  }
}
