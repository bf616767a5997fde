package com.caseflow.cases;

import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** page ≥ 0, 1 ≤ size ≤ 200 (docs/API.md). */
public final class Paging {

  private Paging() {}

  /** Lists count at most this many rows: beyond it the total reads "more than 10,000" (one page is 20 rows). */
  public static final int TOTAL_CAP = 10_000;

  /** A list's total; {@code capped}: there are more than {@code value} rows. */
  public record Total(long value, boolean capped) {}

  /**
   * The total of a paged list: a page that came back short (and is the first page, or not empty) ends the list,
   * so its total is known without counting; otherwise {@code count} is asked for at most {@code TOTAL_CAP + 1}
   * rows (a count over a whole province would otherwise read every row in scope).
   */
  public static Total total(int page, int size, int found, java.util.function.LongUnaryOperator count) {
    if (found < size && (page == 0 || found > 0)) {
      return new Total((long) page * size + found, false);
    }
    long n = count.applyAsLong(TOTAL_CAP + 1L);
    return n > TOTAL_CAP ? new Total(TOTAL_CAP, true) : new Total(n, false);
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
