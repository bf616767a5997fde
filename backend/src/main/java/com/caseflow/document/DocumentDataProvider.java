package com.caseflow.document;

import com.caseflow.cases.CaseSummary;

/** Collects what the documents of one case print. */
public interface DocumentDataProvider {

  DocumentData load(CaseSummary caseSummary);
}
