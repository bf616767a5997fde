package com.caseflow.cases;

import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** page ≥ 0, 1 ≤ size ≤ 200 (docs/API.md). */
public final class Paging {

  private Paging() {}

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
