package probe24b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class J02ProfileActivity {

    interface OnClickListener { void onClick(String viewId); }

    abstract static class BaseActivity {
        protected boolean destroyed;
        protected final List<String> log = new ArrayList<>();
        private final Map<String, OnClickListener> listeners = new HashMap<>();

        final void performCreate(boolean granted) { onCreate(granted); }
        final void performResume() { onResume(); }
        final void performPause() { onPause(); }
        final void performDestroy() { onDestroy(); destroyed = true; }
        final void setOnClickListener(String viewId, OnClickListener l) { listeners.put(viewId, l); }

        protected abstract void onCreate(boolean permissionGranted);
        protected void onResume() { log.add("resume"); }
        protected void onPause() { log.add("pause"); }
        protected void onDestroy() { log.add("destroy"); }

        final void click(String viewId) { listeners.getOrDefault(viewId, id -> { }).onClick(viewId); }
    }

    static final class ProfileScreen extends BaseActivity {
        private HashMap<String, String> formState;

        @Override
        protected void onCreate(boolean permissionGranted) {
            setOnClickListener("save", new OnClickListener() {
                @Override
                public void onClick(String viewId) {
                    log.add("saving " + formState.get("name")); // BUG
                }
            });
            setOnClickListener("share", new OnClickListener() {
                @Override
                public void onClick(String viewId) {
                    if (formState != null) {
                        log.add("sharing " + formState.get("name"));
                    }
                }
            });
            if (!permissionGranted) {
                log.add("contacts permission denied");
                return;
            }
            formState = new HashMap<>();
            formState.put("name", "");
        }

        @Override
        protected void onResume() {
            super.onResume();
            formState.put("resumed", "true"); // BUG
        }

        @Override
        protected void onPause() {
            super.onPause();
            if (formState != null) {
                formState.put("resumed", "false");
            }
        }

        @Override
        protected void onDestroy() {
            super.onDestroy();
            formState = null;
        }

        void typeName(String name) {
            if (!destroyed && formState != null) {
                formState.put("name", name);
            }
        }
    }

    public static void main(String[] args) {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        ProfileScreen ok = new ProfileScreen();
        ok.performCreate(true);
        ok.performResume();
        ok.typeName("Ada");
        ok.click("save");
        ok.click("share");
        ok.performPause();
        ok.performDestroy();
        ok.click("share");
        assert ok.log.contains("saving Ada") && ok.log.contains("sharing Ada") && ok.log.size() == 5;
        ProfileScreen denied = new ProfileScreen();
        denied.performCreate(false);
        denied.typeName("Bob");
        denied.click("share");
        denied.performPause();
        assert denied.log.equals(List.of("contacts permission denied", "pause"));

        try {
            ProfileScreen s = new ProfileScreen();
            s.performCreate(true);
            s.performResume();
            s.performDestroy();
            s.click("save");
            missed(39);
        } catch (NullPointerException e) { report(e, 39); }
        try {
            ProfileScreen d = new ProfileScreen();
            d.performCreate(false);
            d.performResume();
            missed(61);
        } catch (NullPointerException e) { report(e, 61); }
    }

    private static final String FILE = "J02ProfileActivity.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
