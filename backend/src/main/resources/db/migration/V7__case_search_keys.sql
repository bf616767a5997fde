-- "Party name contains …" on the case list without scanning every case in scope: every suffix of the party name
-- (2..20 characters, from each position) is a key, so "contains q" is the index range "key LIKE 'q%'".
-- Written with the case (LeadService); cases that predate this table are indexed at start-up (PartySearch).
CREATE TABLE cf_case_search_key (
  search_key VARCHAR(20) NOT NULL,
  case_id    BIGINT      NOT NULL,
  PRIMARY KEY (search_key, case_id)
);
CREATE INDEX ix_cf_case_search_key_case ON cf_case_search_key (case_id);
