package com.caseflow.common;

import java.util.List;

/** One page of a list answer: {@code {"items","total","page","size"}} (docs/API.md, Paging). */
public record PageResult<T>(List<T> items, long total, int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /** Checks page (≥ 0) and size (1..200); 400 naming the parameter otherwise. */
  public static void check(int page, int size) {
    if (page < 0) {
      throw ApiException.invalidField("page", "validation.min", 0);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.invalidField("size", "validation.range", 1, MAX_SIZE);
    }
  }
}
