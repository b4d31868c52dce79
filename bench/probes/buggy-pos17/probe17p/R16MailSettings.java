package probe17p;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Properties;
import java.util.Set;

/** SMTP settings loaded from a properties file; a failed load is logged and swallowed. */
public class R16MailSettings {

    private Properties props;
    private String lastError;

    public void load(Reader reader) {
        try {
            Properties p = new Properties();
            p.load(reader);
            if (!p.containsKey("smtp.host")) {
                throw new IOException("smtp.host missing");
            }
            this.props = p;
        } catch (IOException e) {
            lastError = e.getMessage(); // props stays null
        }
    }

    public String host() {
        return props.getProperty("smtp.host"); // BUG
    }

    public int port() {
        String raw = props.getProperty("smtp.port", "25"); // BUG
        return Integer.parseInt(raw.trim());
    }

    public Set<String> keys() {
        return props.stringPropertyNames(); // BUG
    }

    public boolean isLoaded() {
        return props != null;
    }

    public String lastError() {
        return lastError;
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    private static void prove(int line, Scenario scenario) {
        String where = "R16MailSettings.java:" + line;
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (Throwable t) {
            Throwable npe = t;
            while (npe != null && !(npe instanceof NullPointerException)) {
                npe = npe.getCause();
            }
            if (npe != null && npe.getStackTrace().length > 0) {
                top = npe.getStackTrace()[0];
            }
        }
        if (top != null && "R16MailSettings.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + where);
        } else {
            System.out.println("NOT PROVEN " + where);
            System.err.println("  top frame was: " + top);
        }
    }

    public static void main(String[] args) {
        R16MailSettings ok = new R16MailSettings();
        ok.load(new StringReader("smtp.host=mail.example.org\nsmtp.port=587\n"));
        System.out.println(ok.host() + ":" + ok.port() + " keys=" + ok.keys());

        prove(29, () -> {
            R16MailSettings s = new R16MailSettings();
            s.load(new StringReader("smtp.port=2525\n"));
            System.out.println("connecting to " + s.host());
        });
        prove(33, () -> {
            R16MailSettings s = new R16MailSettings();
            s.load(new StringReader("# empty file\n"));
            System.out.println("port " + s.port());
        });
        prove(38, () -> {
            R16MailSettings s = new R16MailSettings();
            s.load(new StringReader("smtp.user=bot\n"));
            System.out.println("loaded=" + s.isLoaded() + " error=" + s.lastError());
            System.out.println(s.keys());
        });
    }
}
