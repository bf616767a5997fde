package com.caseflow.common;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Small read-mostly reference tables (agencies, campaigns) kept in memory: the list pages and every task step
 * would otherwise read them once per request. Reloaded after {@code ttl} (another node or an administrator may
 * have changed the table), or at once by {@link #reload()} when a caller meets a key it does not know (a row
 * added since the last load is then seen at once).
 */
public final class ReferenceCache<T> {

  private record Loaded<T>(T value, long at) {}

  private final Supplier<T> loader;
  private final long ttlNanos;
  private volatile Loaded<T> loaded;

  public ReferenceCache(Supplier<T> loader, Duration ttl) {
    this.loader = loader;
    this.ttlNanos = ttl.toNanos();
  }

  public T get() {
    Loaded<T> l = loaded;
    if (l == null || System.nanoTime() - l.at() > ttlNanos) {
      return reload();
    }
    return l.value();
  }

  public T reload() {
    T value = loader.get();
    loaded = new Loaded<>(value, System.nanoTime());
    return value;
  }
}
