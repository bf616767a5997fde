-- Dashboard case figures of one campaign (and period): a range of this index, no case rows read
-- (ix_cf_case_figures serves an agency subtree and the whole province).
CREATE INDEX ix_cf_case_campaign_figures ON cf_case (campaign_code, lead_date, agency_path, stage, agency_code, source,
  filed_at, closed_at);
