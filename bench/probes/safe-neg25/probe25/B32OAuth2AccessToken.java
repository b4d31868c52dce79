package probe25;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spring Security OAuth style access token. Token endpoints may return extra
 * fields; the additional-information map is null when there were none.
 */
public class B32OAuth2AccessToken {
    private final String value;
    private final Instant expiration;
    private final Set<String> scope;
    private String refreshToken;
    private Map<String, Object> additionalInformation; // null: nothing beyond the standard fields

    public B32OAuth2AccessToken(String value, Instant expiration, Set<String> scope) {
        this.value = value;
        this.expiration = expiration;
        this.scope = Collections.unmodifiableSet(new TreeSet<>(scope));
    }

    public B32OAuth2AccessToken(B32OAuth2AccessToken accessToken) {
        this(accessToken.value, accessToken.expiration, accessToken.scope);
        this.refreshToken = accessToken.refreshToken;
        setAdditionalInformation(accessToken.additionalInformation);
    }

    public static B32OAuth2AccessToken fromResponse(Map<String, Object> response, Instant now) {
        Object expiresIn = response.get("expires_in");
        Instant exp = expiresIn instanceof Number n ? now.plusSeconds(n.longValue()) : null;
        Object sc = response.get("scope");
        Set<String> scope = new TreeSet<>();
        if (sc instanceof String s && !s.isBlank()) {
            scope.addAll(java.util.Arrays.asList(s.trim().split("\\s+")));
        }
        B32OAuth2AccessToken token = new B32OAuth2AccessToken(String.valueOf(response.get("access_token")), exp, scope);
        token.refreshToken = response.get("refresh_token") instanceof String r ? r : null;
        Map<String, Object> extra = new LinkedHashMap<>(response);
        extra.keySet().removeAll(Set.of("access_token", "expires_in", "scope", "refresh_token", "token_type"));
        token.setAdditionalInformation(extra);
        return token;
    }

    public final void setAdditionalInformation(Map<String, Object> info) {
        this.additionalInformation = (info == null || info.isEmpty()) ? null : new LinkedHashMap<>(info);
    }

    public Map<String, Object> getAdditionalInformation() {
        return additionalInformation == null ? Collections.emptyMap() : Collections.unmodifiableMap(additionalInformation);
    }

    public <T> T getAdditional(String key, Class<T> type) {
        Object v = additionalInformation != null ? additionalInformation.get(key) : null;
        return type.isInstance(v) ? type.cast(v) : null;
    }

    public boolean isExpired(Instant now) {
        return expiration != null && expiration.isBefore(now);
    }

    public long getExpiresIn(Instant now) {
        return expiration == null ? 0 : Math.max(0, expiration.getEpochSecond() - now.getEpochSecond());
    }

    public String toJson(Instant now) {
        StringBuilder sb = new StringBuilder("{\"access_token\":\"").append(value).append("\",\"token_type\":\"bearer\"");
        if (expiration != null) {
            sb.append(",\"expires_in\":").append(getExpiresIn(now));
        }
        if (!scope.isEmpty()) {
            sb.append(",\"scope\":\"").append(String.join(" ", scope)).append('"');
        }
        if (additionalInformation != null) {
            for (Map.Entry<String, Object> e : additionalInformation.entrySet()) {
                sb.append(",\"").append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof B32OAuth2AccessToken other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    public static void main(String[] args) {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        B32OAuth2AccessToken plain = new B32OAuth2AccessToken("abc", null, Set.of());
        System.out.println(plain.toJson(now) + " " + plain.getAdditionalInformation() + " "
                + plain.getAdditional("tenant", String.class) + " " + plain.isExpired(now));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", "xyz");
        response.put("expires_in", 3600);
        response.put("scope", "read write");
        response.put("tenant", "acme");
        response.put("jti", 77);
        B32OAuth2AccessToken token = fromResponse(response, now);
        B32OAuth2AccessToken copy = new B32OAuth2AccessToken(token);
        System.out.println(token.toJson(now) + " " + token.getAdditional("jti", Integer.class) + " " + copy.equals(token)
                + " " + (copy.hashCode() == token.hashCode()) + " " + copy.getAdditionalInformation().keySet());
        copy.setAdditionalInformation(Map.of());
        B32OAuth2AccessToken copyOfPlain = new B32OAuth2AccessToken(plain);
        System.out.println(copy.toJson(now.plusSeconds(7200)) + " " + copy.isExpired(now.plusSeconds(7200))
                + " " + copyOfPlain + " " + fromResponse(Map.of("access_token", "t2"), now).toJson(now));
    }
}
