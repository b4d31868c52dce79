package probe25;

import java.util.Properties;
import java.util.TreeSet;

/**
 * HikariCP-style pool configuration. Driver properties are optional: the
 * Properties object is only created when one is added, and a sealed
 * configuration can no longer be changed.
 */
public class B21PoolConfig {
    private String jdbcUrl;
    private String username;
    private String password;
    private int maximumPoolSize = 10;
    private Properties dataSourceProperties; // null unless driver properties were set
    private volatile boolean sealed;

    public void setJdbcUrl(String jdbcUrl) {
        checkIfSealed();
        this.jdbcUrl = jdbcUrl;
    }

    public void setUsername(String username) {
        checkIfSealed();
        this.username = username;
    }

    public void setPassword(String password) {
        checkIfSealed();
        this.password = password;
    }

    public void setMaximumPoolSize(int size) {
        checkIfSealed();
        if (size < 1) {
            throw new IllegalArgumentException("maxPoolSize cannot be less than 1");
        }
        this.maximumPoolSize = size;
    }

    public void addDataSourceProperty(String name, Object value) {
        checkIfSealed();
        if (dataSourceProperties == null) {
            dataSourceProperties = new Properties();
        }
        dataSourceProperties.put(name, value);
    }

    public void setDataSourceProperties(Properties props) {
        checkIfSealed();
        dataSourceProperties = (props == null || props.isEmpty()) ? null : (Properties) props.clone();
    }

    public Properties getDataSourceProperties() {
        Properties copy = new Properties();
        if (dataSourceProperties != null) {
            copy.putAll(dataSourceProperties);
        }
        return copy;
    }

    /** Properties handed to the JDBC driver: data source properties plus credentials. */
    public Properties driverProperties() {
        Properties props = getDataSourceProperties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return props;
    }

    public void copyStateTo(B21PoolConfig other) {
        other.jdbcUrl = jdbcUrl;
        other.username = username;
        other.password = password;
        other.maximumPoolSize = maximumPoolSize;
        other.dataSourceProperties = dataSourceProperties == null ? null : (Properties) dataSourceProperties.clone();
        other.sealed = false;
    }

    public void validate() {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("jdbcUrl is required");
        }
        if (dataSourceProperties == null) {
            return;
        }
        for (String name : dataSourceProperties.stringPropertyNames()) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank data source property name");
            }
        }
    }

    public void seal() {
        validate();
        sealed = true;
    }

    private void checkIfSealed() {
        if (sealed) {
            throw new IllegalStateException("The configuration of the pool is sealed once started.");
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PoolConfig{url=").append(jdbcUrl).append(", max=").append(maximumPoolSize);
        if (dataSourceProperties != null) {
            for (String key : new TreeSet<>(dataSourceProperties.stringPropertyNames())) {
                String v = dataSourceProperties.getProperty(key);
                sb.append(", ").append(key).append('=').append(key.contains("password") ? "<masked>" : v);
            }
        }
        return sb.append('}').toString();
    }

    public static void main(String[] args) {
        B21PoolConfig cfg = new B21PoolConfig();
        cfg.setJdbcUrl("jdbc:postgresql://db/shop");
        cfg.setUsername("shop");
        cfg.setPassword("s3cret");
        cfg.validate();
        System.out.println(cfg + " " + cfg.getDataSourceProperties() + " " + cfg.driverProperties().size());
        cfg.addDataSourceProperty("cachePrepStmts", "true");
        cfg.addDataSourceProperty("sslpassword", "pw");
        cfg.setMaximumPoolSize(20);
        B21PoolConfig copy = new B21PoolConfig();
        cfg.copyStateTo(copy);
        cfg.seal();
        System.out.println(cfg + " " + cfg.driverProperties().stringPropertyNames().size());
        copy.setDataSourceProperties(new Properties());
        copy.seal();
        System.out.println(copy + " " + copy.getDataSourceProperties().isEmpty());
        B21PoolConfig fresh = new B21PoolConfig();
        copy.copyStateTo(fresh);
        Properties p = new Properties();
        p.setProperty("prepareThreshold", "3");
        fresh.setDataSourceProperties(p);
        fresh.setDataSourceProperties(null);
        System.out.println(fresh + " " + fresh.driverProperties());
    }
}
