package probe22;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micrometer-like tag layering: registry-wide common tags, per-meter tags and per-call tags. The two
 * optional tag maps are consumed through {@code Stream.ofNullable(field)}, which yields an empty
 * stream when the field is null.
 */
public class W21TagMerger {

    /** Not thread-safe; meters are configured once at startup. */
    public static final class MeterTags {
        private Map<String, String> commonTags; // null when no common tags are configured
        private Map<String, String> meterTags;  // null when the meter has no own tags

        public MeterTags commonTag(String key, String value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("tag key and value are required");
            }
            if (commonTags == null) {
                commonTags = new LinkedHashMap<>();
            }
            commonTags.put(key, value);
            return this;
        }

        public MeterTags meterTag(String key, String value) {
            if (key == null || value == null) {
                throw new IllegalArgumentException("tag key and value are required");
            }
            if (meterTags == null) {
                meterTags = new LinkedHashMap<>();
            }
            meterTags.put(key, value);
            return this;
        }

        public MeterTags clearCommonTags() {
            commonTags = null;
            return this;
        }

        public Map<String, String> merged(Map<String, String> callTags) {
            return Stream.of(Stream.ofNullable(commonTags), Stream.ofNullable(meterTags), Stream.ofNullable(callTags))
                    .flatMap(s -> s)
                    .flatMap(m -> m.entrySet().stream())
                    .filter(e -> e.getKey() != null && e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, TreeMap::new));
        }

        public int configuredTagCount() {
            return Stream.ofNullable(commonTags).mapToInt(Map::size).sum()
                    + Stream.ofNullable(meterTags).mapToInt(Map::size).sum();
        }

        public Optional<String> commonTagValue(String key) {
            return Stream.ofNullable(commonTags).map(m -> m.get(key)).filter(Objects::nonNull).findFirst();
        }
    }

    public static void main(String[] args) {
        MeterTags tags = new MeterTags();
        System.out.println(tags.merged(null) + " " + tags.configuredTagCount() + " " + tags.commonTagValue("app"));

        Map<String, String> call = new LinkedHashMap<>();
        call.put("status", "200");
        call.put("exception", null);
        tags.commonTag("app", "checkout").commonTag("region", "eu").meterTag("uri", "/orders");
        System.out.println(tags.merged(call) + " " + tags.configuredTagCount() + " " + tags.commonTagValue("app"));

        tags.meterTag("region", "eu-west-1");
        tags.clearCommonTags();
        System.out.println(tags.merged(Map.of("status", "500")) + " " + tags.configuredTagCount() + " "
                + tags.commonTagValue("region"));
    }
}
