package com.example.orders;

import java.util.Map;

/** The seed scenario, adopted with a baseline: its known findings are listed, new ones fail. */
public class OrderService {

  /** An order, keyed by its id. */
  public record Order(String id, long cents) {}

  private Map<String, Order> orderCache;
  private final String region;

  public OrderService(String region) {
    this.region = region;
  }

  public void add(Order order) {
    orderCache.put(order.id(), order);
  }

  public Order find(String id) {
    return orderCache.get(id);
  }

  public String region() {
    return region;
  }
}
