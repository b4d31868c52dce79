package com.example.notifications;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Serializable, with a transient cache that nothing restores: null in a deserialised copy. */
public class TemplateCache implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String locale;
  private transient Map<String, String> rendered = new HashMap<>();

  public TemplateCache(String locale) {
    this.locale = locale;
  }

  public String render(String template) {
    return rendered.computeIfAbsent(template, t -> t + " [" + locale + "]");
  }
}
