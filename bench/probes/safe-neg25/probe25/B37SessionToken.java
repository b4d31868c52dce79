package probe25;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Externalizable session token (Shiro/Spring Session style). The public
 * no-arg constructor required by Externalizable leaves the claims map null;
 * tokens without custom claims keep it null as well.
 */
public class B37SessionToken implements Externalizable {
    private static final long serialVersionUID = 1L;

    private String subject;
    private long issuedAt;
    private Map<String, String> claims; // null when there are no custom claims

    public B37SessionToken() {
        // for deserialization only
    }

    public B37SessionToken(String subject, long issuedAt) {
        this.subject = subject;
        this.issuedAt = issuedAt;
    }

    public B37SessionToken withClaim(String key, String value) {
        if (value == null) {
            if (claims != null && claims.remove(key) != null && claims.isEmpty()) {
                claims = null;
            }
            return this;
        }
        if (claims == null) {
            claims = new TreeMap<>();
        }
        claims.put(key, value);
        return this;
    }

    public String claim(String key) {
        return claims == null ? null : claims.get(key);
    }

    public final int claimCount() {
        return claims == null ? 0 : claims.size();
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeUTF(subject == null ? "" : subject);
        out.writeLong(issuedAt);
        out.writeInt(claimCount());
        if (claimCount() > 0) {
            for (Map.Entry<String, String> e : claims.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        subject = in.readUTF();
        issuedAt = in.readLong();
        int n = in.readInt();
        if (n < 0) {
            throw new InvalidObjectException("negative claim count " + n);
        }
        claims = null;
        for (int i = 0; i < n; i++) {
            withClaim(in.readUTF(), in.readUTF());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof B37SessionToken t && Objects.equals(subject, t.subject) && issuedAt == t.issuedAt
                && Objects.equals(claims, t.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, issuedAt, claims);
    }

    @Override
    public String toString() {
        return "Token[" + subject + "@" + issuedAt + (claims == null ? "" : " " + claims) + "]";
    }

    static B37SessionToken roundTrip(B37SessionToken token) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(token);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (B37SessionToken) in.readObject();
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        B37SessionToken blank = new B37SessionToken();
        System.out.println(blank + " " + blank.claim("role") + " " + blank.claimCount() + " " + roundTrip(blank));
        B37SessionToken plain = new B37SessionToken("alice", 1_000L);
        B37SessionToken plainCopy = roundTrip(plain);
        System.out.println(plainCopy + " " + plainCopy.equals(plain) + " " + (plainCopy.hashCode() == plain.hashCode()));
        B37SessionToken rich = new B37SessionToken("bob", 2_000L).withClaim("role", "admin").withClaim("tenant", "acme");
        B37SessionToken richCopy = roundTrip(rich);
        System.out.println(richCopy + " " + richCopy.equals(rich) + " " + richCopy.claim("tenant"));
        richCopy.withClaim("role", null).withClaim("tenant", null).withClaim("missing", null);
        System.out.println(richCopy + " " + richCopy.claimCount() + " " + roundTrip(richCopy).equals(plain));
    }
}
