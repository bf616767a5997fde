package com.caseflow.cases;

import com.caseflow.common.Like;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search by party name ("contains") on an index: every suffix of a name (2 to {@value #KEY_LENGTH} characters, from
 * each position) is stored in {@code cf_case_search_key}, so a case whose name contains {@code q} has a key starting
 * with {@code q} — an index range, however many cases are in scope. An 18-character code searches the USCC exactly;
 * a one-character text falls back to {@code LIKE}; longer texts use their first {@value #KEY_LENGTH} characters for
 * the range and {@code LIKE} for the rest.
 */
@Component
@Order(50)
public class PartySearch implements ApplicationRunner {

  static final int KEY_LENGTH = 20;
  private static final Logger log = LoggerFactory.getLogger(PartySearch.class);

  /** How a party search text filters: exact USCC, key prefix, and/or {@code LIKE} (each null when unused). */
  public record Filter(String uscc, String keyPrefix, String like) {}

  private final CaseMapper cases;
  private final TransactionTemplate tx;

  public PartySearch(CaseMapper cases, TransactionTemplate tx) {
    this.cases = cases;
    this.tx = tx;
  }

  public static Filter filter(String party) {
    if (party == null || party.isBlank()) {
      return new Filter(null, null, null);
    }
    String p = party.strip();
    String uscc = Uscc.asSearched(p);
    if (uscc != null) {
      return new Filter(uscc, null, null);
    }
    String text = normalise(p);
    if (text.length() < 2) {
      return new Filter(null, null, Like.escape(text));
    }
    return text.length() <= KEY_LENGTH ? new Filter(null, Like.escape(text), null)
        : new Filter(null, Like.escape(text.substring(0, KEY_LENGTH)), Like.escape(text));
  }

  /** The keys of a party name: its suffixes from each position, cut to {@value #KEY_LENGTH} characters. */
  public static Set<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    if (name == null) {
      return keys;
    }
    String n = normalise(name);
    for (int i = 0; i + 2 <= n.length(); i++) {
      keys.add(n.substring(i, Math.min(n.length(), i + KEY_LENGTH)));
    }
    return keys;
  }

  /** Writes the keys of a new case (same transaction as the case row). */
  public void index(long caseId, String partyName) {
    List<CaseMapper.SearchKey> rows = rows(caseId, partyName);
    if (!rows.isEmpty()) {
      cases.insertSearchKeys(rows);
    }
  }

  private static List<CaseMapper.SearchKey> rows(long caseId, String partyName) {
    return keys(partyName).stream().map(k -> new CaseMapper.SearchKey(k, caseId)).toList();
  }

  /** Full-width and surrounding spaces do not decide a match; letters compare case-insensitively in the database. */
  private static String normalise(String s) {
    return s.strip().replace('\u3000', ' ');
  }

  /** Indexes the cases written before this table existed (nothing on a new database), 500 cases per transaction. */
  @Override
  public void run(ApplicationArguments args) {
    long after = 0;
    int indexed = 0;
    while (true) {
      List<CaseMapper.PartyName> batch = cases.unindexedParties(after, 500);
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
      try {
        tx.executeWithoutResult(s -> {
          List<CaseMapper.SearchKey> rows = batch.stream().flatMap(c -> rows(c.id(), c.partyName()).stream()).toList();
          if (!rows.isEmpty()) {
            cases.insertSearchKeys(rows);
          }
        });
        indexed += batch.size();
      } catch (DataIntegrityViolationException e) {
        // another node is indexing the same cases: let it
        log.info("Party search keys of earlier cases are being written by another node");
        return;
      }
    }
    if (indexed > 0) {
      log.info("Party search keys written for {} earlier cases", indexed);
    }
  }
}
