package probe16p;

import java.util.LinkedHashMap;
import java.util.Map;

public class Q18DocumentTemplate {
    private String name;
    private String body;
    private Map<String, String> bindings;
    private Map<String, String> metadata;

    public Q18DocumentTemplate(String name, String body) {
        this.name = name;
        this.body = body;
        this.bindings = new LinkedHashMap<>();
        this.metadata = new LinkedHashMap<>();
    }

    private Q18DocumentTemplate() {
    }

    public Q18DocumentTemplate copy(String newName) {
        Q18DocumentTemplate clone = new Q18DocumentTemplate();
        clone.name = newName;
        clone.body = body;
        clone.metadata = new LinkedHashMap<>(metadata);
        clone.metadata.put("copiedFrom", name);
        return clone;
    }

    public Q18DocumentTemplate bind(String placeholder, String value) {
        bindings.put(placeholder, value); // BUG
        return this;
    }

    public String render() {
        String result = body;
        for (Map.Entry<String, String> binding : bindings.entrySet()) { // BUG
            result = result.replace("{{" + binding.getKey() + "}}", binding.getValue());
        }
        return result;
    }

    public String describe() {
        return name + " " + metadata;
    }

    public static void main(String[] args) {
        Q18DocumentTemplate invoice = new Q18DocumentTemplate("invoice", "Dear {{customer}}, you owe {{amount}}.");
        System.out.println(invoice.bind("customer", "ACME").bind("amount", "$120").render());

        Q18DocumentTemplate reminder = invoice.copy("reminder");
        System.out.println(reminder.describe());
        prove("render copied template", () -> reminder.render());
        prove("bind on copied template", () -> reminder.bind("customer", "Globex"));
    }

    private static void prove(String label, Runnable scenario) {
        try {
            scenario.run();
            System.out.println("NOT-THROWN " + label);
        } catch (Throwable thrown) {
            Throwable t = thrown;
            while (!(t instanceof NullPointerException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof NullPointerException) {
                StackTraceElement top = t.getStackTrace()[0];
                System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
            } else {
                System.out.println("UNEXPECTED " + label + " " + thrown);
            }
        }
    }
}
