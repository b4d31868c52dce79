package com.example.inventory;

import java.util.HashMap;
import java.util.Map;

/** The default warehouse is created above the map it registers itself in: still null then. */
public final class WarehouseRegistry {

  static final WarehouseRegistry DEFAULT = new WarehouseRegistry("default");

  private static final Map<String, WarehouseRegistry> BY_NAME = new HashMap<>();

  private final String name;

  private WarehouseRegistry(String name) {
    this.name = name;
    BY_NAME.put(name, this);
  }

  public static WarehouseRegistry named(String name) {
    return BY_NAME.get(name);
  }

  public String name() {
    return name;
  }
}
