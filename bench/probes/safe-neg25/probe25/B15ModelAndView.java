package probe25;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spring MVC style holder for a view name and its model. Redirects and plain
 * view names never touch the model, so it is only created by addObject().
 */
public class B15ModelAndView {
    public enum Status { OK, NOT_FOUND, FOUND }

    private String viewName;
    private Map<String, Object> model; // lazily created
    private Status status = Status.OK;
    private boolean cleared;

    public B15ModelAndView() {
    }

    public B15ModelAndView(String viewName) {
        this.viewName = viewName;
    }

    public B15ModelAndView(String viewName, Map<String, ?> model) {
        this.viewName = viewName;
        if (model != null) {
            getModelMap().putAll(model);
        }
    }

    public Map<String, Object> getModelMap() {
        if (this.model == null) {
            this.model = new LinkedHashMap<>();
        }
        return this.model;
    }

    public Map<String, Object> getModelInternal() {
        return this.model; // may be null, callers check
    }

    public B15ModelAndView addObject(String name, Object value) {
        getModelMap().put(name, value);
        return this;
    }

    public B15ModelAndView addObject(Object value) {
        String name = conventionName(value);
        return addObject(name, value);
    }

    private static String conventionName(Object value) {
        String simple = value.getClass().getSimpleName();
        if (value instanceof Collection<?> c && !c.isEmpty()) {
            simple = c.iterator().next().getClass().getSimpleName() + "List";
        }
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }

    public B15ModelAndView redirect(String url) {
        this.viewName = "redirect:" + url;
        this.status = Status.FOUND;
        return this;
    }

    public boolean isEmpty() {
        return viewName == null && (model == null || model.isEmpty());
    }

    public boolean wasCleared() {
        return cleared && isEmpty();
    }

    public void clear() {
        viewName = null;
        model = null;
        cleared = true;
    }

    public String render() {
        if (viewName == null) {
            return "<no view>";
        }
        if (viewName.startsWith("redirect:")) {
            return status + " Location: " + viewName.substring(9);
        }
        Map<String, Object> m = getModelInternal();
        StringBuilder sb = new StringBuilder(viewName).append(".html");
        if (m != null && !m.isEmpty()) {
            sb.append(' ').append(m);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ModelAndView [view=" + viewName + "; model=" + model + "; status=" + status + "]";
    }

    public static void main(String[] args) {
        B15ModelAndView plain = new B15ModelAndView("home");
        System.out.println(plain.render() + " " + plain.getModelInternal() + " " + plain.isEmpty() + " " + plain);
        B15ModelAndView withModel = new B15ModelAndView("orders", Map.of("page", 1));
        withModel.addObject(java.util.List.of("a", "b")).addObject(Integer.valueOf(3)).addObject("user", "ann");
        System.out.println(withModel.render());
        B15ModelAndView nullModel = new B15ModelAndView("login", null);
        System.out.println(nullModel.getModelInternal() + " " + nullModel.render());
        B15ModelAndView redirect = new B15ModelAndView().redirect("/cart");
        System.out.println(redirect.render() + " " + redirect.wasCleared());
        withModel.clear();
        System.out.println(withModel.isEmpty() + " " + withModel.wasCleared() + " " + withModel.render() + " " + withModel);
        withModel.addObject("again", true);
        System.out.println(withModel.isEmpty() + " " + withModel.wasCleared() + " " + withModel.getModelMap().size());
    }
}
