package com.caseflow.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers {@code <short name>市监<abbr>〔<year>〕<seq>号}, one sequence per agency, year and type.
 * The counter row is created once in its own short transaction (so two first requests do not deadlock on
 * an insert), then locked FOR UPDATE in the caller's transaction: concurrent requests queue, and a
 * rolled-back document gives its number back, so there are neither duplicates nor gaps.
 */
@Component
public class DocumentNumbers {

  private final DocumentMapper mapper;
  private final TransactionTemplate newTx;

  public DocumentNumbers(DocumentMapper mapper, PlatformTransactionManager txManager) {
    this.mapper = mapper;
    this.newTx = new TransactionTemplate(txManager);
    this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String agencyCode, String agencyShortName, int year, DocumentType type) {
    Integer last = mapper.lockCounter(agencyCode, year, type.name());
    if (last == null) {
      try {
        newTx.executeWithoutResult(s -> mapper.createCounter(agencyCode, year, type.name()));
      } catch (DuplicateKeyException raced) {
        // another request created it first
      }
      last = mapper.lockCounter(agencyCode, year, type.name());
    }
    int seq = last + 1;
    mapper.updateCounter(agencyCode, year, type.name(), seq);
    return format(agencyShortName, type, year, seq);
  }

  static String format(String agencyShortName, DocumentType type, int year, int seq) {
    return agencyShortName + "市监" + type.abbreviation() + "〔" + year + "〕" + seq + "号";
  }
}
