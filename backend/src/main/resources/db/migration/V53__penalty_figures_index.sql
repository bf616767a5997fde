-- Dashboard penalty figures: the decided cases of a period, with their amounts, from this index alone.
CREATE INDEX ix_cf_case_penalty_figures ON cf_case (decision_date, agency_path, campaign_code, agency_code, fine_amount,
  confiscation_value, illegal_gains);
