-- Modeling (issue 9). Camunda's ACT_RE_DEPLOYMENT has no deployer: CaseFlow records who deployed, when and why.
-- Written for every deployment made by an authenticated user, through /api/models or /engine-rest (Camunda Modeler).
CREATE TABLE cf_deployment_log (
  deployment_id VARCHAR(64)  NOT NULL PRIMARY KEY,
  deployed_by   VARCHAR(64)  NOT NULL,
  deployed_at   TIMESTAMP(3) NOT NULL,
  comment       VARCHAR(500)
);
CREATE INDEX ix_cf_deployment_log_by ON cf_deployment_log (deployed_by);
