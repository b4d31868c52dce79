package io.github.mapinit.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The user's additions to the default policy, validated: an unknown key, an empty or malformed name
 * is an {@link InvalidOptionException} naming the key, never a silent fallback to defaults.
 */
public final class Options {

  private static final Pattern QUALIFIED_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  /** No additions. */
  public static final Options NONE = new Options(new EnumMap<>(OptionKey.class), null);

  private final Map<OptionKey, List<String>> values;
  private final @Nullable Baseline baseline;

  private Options(Map<OptionKey, List<String>> values, @Nullable Baseline baseline) {
    this.values = values;
    this.baseline = baseline;
  }

  /**
   * Parses Error Prone flags: {@code rawOptions} maps a key such as {@code TrackedTypes} (the part
   * after {@code <checkName>:}) to its value.
   */
  public static Options fromErrorProneFlags(Map<String, String> rawOptions, String checkName) {
    return parse(
        rawOptions,
        OptionKey::fromErrorProneName,
        key -> checkName + ":" + key.errorProneName(),
        raw -> checkName + ":" + raw);
  }

  /** Parses system properties whose names start with {@code mapinit.}; others are ignored. */
  public static Options fromSystemProperties(Map<String, String> properties) {
    Map<String, String> ours = new TreeMap<>();
    properties.forEach(
        (name, value) -> {
          if (name.startsWith("mapinit.")) {
            ours.put(name, value);
          }
        });
    return parse(
        ours, OptionKey::fromSystemPropertyName, OptionKey::systemPropertyName, raw -> raw);
  }

  private static Options parse(
      Map<String, String> raw,
      Function<String, Optional<OptionKey>> lookup,
      Function<OptionKey, String> spellingOfKey,
      Function<String, String> spellingOfRaw) {
    Map<OptionKey, List<String>> values = new EnumMap<>(OptionKey.class);
    for (Map.Entry<String, String> option : raw.entrySet()) {
      String shownKey = spellingOfRaw.apply(option.getKey());
      OptionKey key =
          lookup
              .apply(option.getKey())
              .orElseThrow(
                  () ->
                      new InvalidOptionException(
                          shownKey,
                          "unknown key; known keys: "
                              + Arrays.stream(OptionKey.values())
                                  .map(spellingOfKey)
                                  .collect(Collectors.joining(", "))));
      values.put(key, parseValue(key, shownKey, option.getValue()));
    }
    return new Options(values, baselineOf(values, spellingOfKey));
  }

  private static List<String> parseValue(OptionKey key, String shownKey, @Nullable String value) {
    return switch (key) {
      case CONFIDENCE -> List.of(parseConfidence(shownKey, value).name());
      case BASELINE -> List.of(parsePath(shownKey, value));
      case UPDATE_BASELINE -> List.of(parseBoolean(shownKey, value));
      default -> parseNames(key, shownKey, value);
    };
  }

  private static String parsePath(String shownKey, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidOptionException(shownKey, "empty value; want the baseline file's path");
    }
    return Path.of(value.trim()).toAbsolutePath().toString();
  }

  private static String parseBoolean(String shownKey, @Nullable String value) {
    String flag = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (!flag.equals("true") && !flag.equals("false")) {
      throw new InvalidOptionException(
          shownKey, "\"" + value + "\" is not a boolean; want true or false");
    }
    return flag;
  }

  /**
   * The known findings to skip: read now, so that a missing or malformed file stops the analysis
   * before it starts. None when the file is being written.
   */
  private static @Nullable Baseline baselineOf(
      Map<OptionKey, List<String>> values, Function<OptionKey, String> spellingOfKey) {
    List<String> file = values.getOrDefault(OptionKey.BASELINE, List.of());
    boolean update = values.getOrDefault(OptionKey.UPDATE_BASELINE, List.of()).contains("true");
    String shownKey = spellingOfKey.apply(OptionKey.BASELINE);
    if (file.isEmpty()) {
      if (update) {
        throw new InvalidOptionException(
            spellingOfKey.apply(OptionKey.UPDATE_BASELINE),
            "names no file; set " + shownKey + "=<file> too");
      }
      return null;
    }
    Path path = Path.of(file.get(0));
    if (update) {
      Path folder = path.getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw new InvalidOptionException(
            shownKey, "the baseline file's folder " + folder + " does not exist");
      }
      return null;
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidOptionException(
          shownKey,
          "the baseline file "
              + path
              + " does not exist; write it with "
              + spellingOfKey.apply(OptionKey.UPDATE_BASELINE)
              + "=true");
    }
    return Baseline.read(path, shownKey);
  }

  private static List<String> parseNames(OptionKey key, String shownKey, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidOptionException(
          shownKey, "empty value; want a comma-separated list of names");
    }
    List<String> names = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String name = part.trim();
      if (name.isEmpty()) {
        throw new InvalidOptionException(shownKey, "empty name in \"" + value + "\"");
      }
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        throw new InvalidOptionException(shownKey, "\"" + name + "\" is not a qualified Java name");
      }
      if (key == OptionKey.KNOWN_INITIALIZERS && name.indexOf('.') < 0) {
        throw new InvalidOptionException(
            shownKey, "\"" + name + "\" must name a method as pkg.Class.method");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private static Confidence parseConfidence(String shownKey, @Nullable String value) {
    for (Confidence confidence : Confidence.values()) {
      if (confidence.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return confidence;
      }
    }
    throw new InvalidOptionException(
        shownKey, "\"" + value + "\" is not a confidence; want HIGH, MEDIUM or LOW");
  }

  /** The lowest confidence to report: {@link Confidence#DEFAULT_THRESHOLD} unless set. */
  public Confidence confidence() {
    List<String> set = get(OptionKey.CONFIDENCE);
    return set.isEmpty() ? Confidence.DEFAULT_THRESHOLD : Confidence.valueOf(set.get(0));
  }

  /** The known findings not to report, when a baseline file is given and not being written. */
  public Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** The file to add every finding to instead of reporting it, when one is being written. */
  public Optional<Path> baselineToUpdate() {
    return get(OptionKey.UPDATE_BASELINE).contains("true")
        ? get(OptionKey.BASELINE).stream().findFirst().map(Path::of)
        : Optional.empty();
  }

  /** The names given for {@code key}, or none. */
  public List<String> get(OptionKey key) {
    return values.getOrDefault(key, List.of());
  }
}
