package probe21b;

import java.util.Hashtable;
import java.util.Map;
import java.util.Properties;

/** Per-tenant settings of the SaaS backend, with an optional table of decrypted secrets. */
public class C20TenantSettings {

    private static final String FILE = "C20TenantSettings.java";

    /** Plain settings; always present. */
    protected Properties settings = new Properties();
    /** Decrypted secrets; only tenants with a key vault have them, and only while unlocked. */
    protected Hashtable<String, String> secrets;

    /** Whether secret keys are answered from {@link #secrets}. */
    protected boolean hasVault() {
        return false;
    }

    public String get(String key) {
        if (hasVault() && key.startsWith("secret.")) {
            return secrets.get(key); // BUG
        }
        return settings.getProperty(key);
    }

    /** Tenant with its own key vault; its secrets exist only while the vault is unlocked. */
    static final class VaultTenant extends C20TenantSettings {
        private boolean sealed;

        @Override
        protected boolean hasVault() {
            return secrets != null;
        }

        void seal() {
            sealed = true;
        }

        void unlock() {
            if (sealed) {
                throw new IllegalStateException("vault sealed");
            }
            secrets = new Hashtable<>();
            secrets.put("secret.db", "s3cr3t");
        }

        void lock() {
            secrets = null;
        }

        /** Rotates a secret; a sealed vault keeps the old value and records the refusal. */
        void rotate(String key, String value) {
            try {
                unlock();
                secrets.put(key, value);
            } catch (IllegalStateException e) {
                settings.setProperty("rotation.error", e.getMessage());
                secrets.remove(key); // BUG
            } finally {
                lock();
            }
        }
    }

    /** Tenant migrated from the old platform, where a vault was mandatory. */
    static final class LegacyTenant extends C20TenantSettings {
        @Override
        protected boolean hasVault() {
            return true;
        }

        void open(Map<String, String> imported) {
            secrets = new Hashtable<>(imported);
        }
    }

    public static void main(String[] args) {
        C20TenantSettings plain = new C20TenantSettings();
        plain.settings.setProperty("plan", "pro");
        String out = plain.get("plan") + plain.get("secret.api");
        VaultTenant vault = new VaultTenant();
        out += vault.get("secret.db");
        vault.unlock();
        out += vault.get("secret.db");
        vault.rotate("secret.db", "n3w");
        vault.unlock();
        vault.seal();
        vault.rotate("secret.db", "n3wer");
        out += vault.get("rotation.error") + vault.get("secret.db");
        LegacyTenant legacy = new LegacyTenant();
        legacy.open(Map.of("secret.api", "k3y"));
        out += legacy.get("secret.api") + legacy.get("plan");
        System.out.println("safe: " + out);

        prove(FILE, 24, () -> new LegacyTenant().get("secret.api"));
        prove(FILE, 61, () -> {
            VaultTenant tenant = new VaultTenant();
            tenant.seal();
            tenant.rotate("secret.db", "x");
        });
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
