package com.caseflow.cases;

import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** page ≥ 0, 1 ≤ size ≤ 200 (docs/API.md). */
public final class Paging {

  private Paging() {}

  /**
   * The total of a paged list: a page that came back short (and is the first page, or not empty) ends the list,
   * so its total is known without counting; otherwise {@code count} is asked.
   */
  public static long total(int page, int size, int found, java.util.function.LongSupplier count) {
    if (found < size && (page == 0 || found > 0)) {
      return (long) page * size + found;
    }
    return count.getAsLong();
  }

  public static void check(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "error.invalidParameter", "page", page));
    }
    if (size < 1 || size > 200) {
      problems.add(new FieldProblem("size", "error.invalidParameter", "size", size));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }
}
