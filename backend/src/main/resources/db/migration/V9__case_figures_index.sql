-- Dashboard case figures (by stage, agency, campaign, source; filed and closed per month) read this index instead
-- of the case rows: a province over a million cases is one index scan, a city one range of it.
CREATE INDEX ix_cf_case_figures ON cf_case (agency_path, campaign_code, lead_date, stage, agency_code, source,
  filed_at, closed_at);
