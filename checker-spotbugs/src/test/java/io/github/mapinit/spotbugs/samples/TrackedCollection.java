package io.github.mapinit.spotbugs.samples;

import java.util.List;
import java.util.Map;

/** A List field and a Map field that no constructor assigns: input for the option tests. */
public class TrackedCollection {
  private List<String> names;
  private Map<String, String> byName;

  public void add(String name) {
    names.add(name);
  }

  public void put(String name) {
    byName.put(name, name);
  }
}
