package probe22b;

import java.util.EnumMap;
import java.util.Map;

/** Per-user notification settings, populated by a JSON mapper through getters and setters. */
public class E12NotificationSettings {

    private static final String FILE = "E12NotificationSettings.java";

    public enum Channel { EMAIL, SMS, PUSH, WEBHOOK }

    private String userId;
    private EnumMap<Channel, Boolean> channels = new EnumMap<>(Channel.class);

    public E12NotificationSettings() {
        for (Channel c : Channel.values()) {
            channels.put(c, c == Channel.EMAIL);
        }
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public EnumMap<Channel, Boolean> getChannels() {
        return channels;
    }

    /** The mapper calls this with null when the payload contains "channels": null. */
    public void setChannels(EnumMap<Channel, Boolean> channels) {
        this.channels = channels;
    }

    public boolean isEnabled(Channel c) {
        return channels.getOrDefault(c, Boolean.FALSE); // BUG
    }

    public void enable(Channel c) {
        if (channels == null) {
            channels = new EnumMap<>(Channel.class);
        }
        channels.put(c, Boolean.TRUE);
    }

    /** Used when two devices sync their settings: anything enabled on the other side is enabled here. */
    public void mergeFrom(E12NotificationSettings other) {
        if (channels == null) {
            channels = new EnumMap<>(Channel.class);
        }
        for (Map.Entry<Channel, Boolean> e : other.getChannels().entrySet()) { // BUG
            if (Boolean.TRUE.equals(e.getValue())) {
                channels.put(e.getKey(), Boolean.TRUE);
            }
        }
    }

    /** "Do not disturb" switch in the app. */
    public void disableAll() {
        channels.replaceAll((c, on) -> Boolean.FALSE); // BUG
    }

    public int enabledCount() {
        if (channels == null) {
            return 0;
        }
        int n = 0;
        for (Boolean on : channels.values()) {
            if (Boolean.TRUE.equals(on)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return userId + " " + (channels == null ? "{}" : channels.toString());
    }

    public static void main(String[] args) {
        E12NotificationSettings phone = new E12NotificationSettings();
        phone.setUserId("u1");
        phone.enable(Channel.PUSH);
        E12NotificationSettings laptop = new E12NotificationSettings();
        laptop.enable(Channel.WEBHOOK);
        phone.mergeFrom(laptop);
        assert phone.isEnabled(Channel.WEBHOOK) && !phone.isEnabled(Channel.SMS) && phone.enabledCount() == 3;
        phone.disableAll();
        assert phone.enabledCount() == 0 && phone.getUserId().equals("u1");
        E12NotificationSettings fromJson = new E12NotificationSettings();
        fromJson.setChannels(null);
        assert fromJson.enabledCount() == 0 && fromJson.toString().equals("null {}");
        E12NotificationSettings fresh = new E12NotificationSettings();
        fresh.setChannels(null);
        fresh.mergeFrom(laptop);
        assert fresh.enabledCount() == 2;

        prove(40, () -> fromJson.isEnabled(Channel.EMAIL));
        prove(55, () -> phone.mergeFrom(fromJson));
        prove(64, fromJson::disableAll);
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
