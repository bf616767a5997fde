package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.support.ApiClient;
import com.caseflow.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases written before cf_case_search_key existed are indexed at start-up and then found by part of their name. */
@IntegrationTest
class PartySearchIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PartySearch partySearch;

  @Test
  void earlierCasesAreIndexedAndFound() {
    String tail = UUID.randomUUID().toString().substring(0, 8);
    String name = "旧数据回填商贸有限公司" + tail;
    jdbc.update("INSERT INTO cf_case (campaign_code, agency_code, agency_path, source, procedure_type, stage, party_type,"
        + " party_name, lead_date, registered_at, registered_by) VALUES ('FYKZ-2021', 'NX-YC', '/NX/NX-YC/', 'COMPLAINT',"
        + " 'ORDINARY', 'VERIFICATION', 'ORGANISATION', ?, CURRENT_DATE, ?, 'seed')", name,
        Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0)));
    long id = jdbc.queryForObject("SELECT id FROM cf_case WHERE party_name = ?", Long.class, name);
    ApiClient officer1 = ApiClient.loggedIn(port, "officer1");
    String q = "/api/cases?party=" + URLEncoder.encode("商贸有限公司" + tail, StandardCharsets.UTF_8);
    assertThat(officer1.get(q).json().path("total").asLong()).as("no keys yet").isZero();

    partySearch.run(null);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_search_key WHERE case_id = ?", Long.class, id))
        .isEqualTo(name.length() - 1);
    assertThat(officer1.get(q).json().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(id);
    partySearch.run(null); // nothing left to do, no duplicate keys
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cf_case_search_key WHERE case_id = ?", Long.class, id))
        .isEqualTo(name.length() - 1);
  }
}
