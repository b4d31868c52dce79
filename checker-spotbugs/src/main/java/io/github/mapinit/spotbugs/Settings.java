package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.policy.OptionKey;
import io.github.mapinit.policy.Options;
import io.github.mapinit.policy.Policy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The policy with the user's options, read from the {@code mapinit.*} system properties. */
final class Settings {

  private Settings() {}

  /**
   * Fails on a tracked type the user named that is not a class on the analysed classpath: a
   * misspelt or unqualified name would silently track nothing.
   *
   * @throws InvalidOptionException naming the key and the name
   */
  static void checkTrackedTypesExist(Policy policy) {
    for (String name : policy.userTrackedTypes()) {
      if (ClassLookup.xclass(name) == null) {
        throw new InvalidOptionException(
            OptionKey.TRACKED_TYPES.systemPropertyName(),
            "\""
                + name
                + "\" is not a class on the analysed classpath; want a fully qualified name");
      }
    }
  }

  /**
   * The policy for these system properties.
   *
   * @throws InvalidOptionException naming the key of a malformed option
   */
  static Policy policyFrom(Properties properties) {
    Map<String, String> values = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      values.put(name, properties.getProperty(name));
    }
    if (values.containsKey(OptionKey.CONFIDENCE.systemPropertyName())) {
      throw new InvalidOptionException(
          OptionKey.CONFIDENCE.systemPropertyName(),
          "SpotBugs sets the threshold itself: low-confidence findings are priority Low, shown with"
              + " -low (spotbugs-maven-plugin: <threshold>Low</threshold>)");
    }
    for (OptionKey baseline : List.of(OptionKey.BASELINE, OptionKey.UPDATE_BASELINE)) {
      if (values.containsKey(baseline.systemPropertyName())) {
        throw new InvalidOptionException(
            baseline.systemPropertyName(),
            "Error Prone only; SpotBugs' baseline is an exclude filter of the known findings"
                + " (spotbugs-maven-plugin: <excludeFilterFile>)");
      }
    }
    return Policy.with(Options.fromSystemProperties(values));
  }
}
