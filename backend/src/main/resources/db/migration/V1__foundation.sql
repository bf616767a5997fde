-- CaseFlow foundation tables. Portable between H2 2.x and MySQL 8 / MariaDB 10.11.
-- Camunda owns ACT_*; Flyway owns cf_* only.

-- Agencies form a tree: 自治区厅 -> 市局 -> 县(区)局. "path" ("/NX/NX-YC/") makes subtree queries an index range scan.
CREATE TABLE cf_agency (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  parent_code VARCHAR(32),
  name        VARCHAR(100) NOT NULL,
  short_name  VARCHAR(20)  NOT NULL,
  level       VARCHAR(16)  NOT NULL,
  path        VARCHAR(255) NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_cf_agency_path ON cf_agency (path);
CREATE INDEX ix_cf_agency_parent ON cf_agency (parent_code);

INSERT INTO cf_agency (code, parent_code, name, short_name, level, path, sort_order) VALUES
 ('NX',          NULL,     '宁夏回族自治区市场监督管理厅',         '宁',     'PROVINCE', '/NX/', 0),
 ('NX-YC',       'NX',     '银川市市场监督管理局',                 '银',     'CITY',     '/NX/NX-YC/', 1),
 ('NX-SZS',      'NX',     '石嘴山市市场监督管理局',               '石',     'CITY',     '/NX/NX-SZS/', 2),
 ('NX-WZ',       'NX',     '吴忠市市场监督管理局',                 '吴',     'CITY',     '/NX/NX-WZ/', 3),
 ('NX-GY',       'NX',     '固原市市场监督管理局',                 '固',     'CITY',     '/NX/NX-GY/', 4),
 ('NX-ZW',       'NX',     '中卫市市场监督管理局',                 '卫',     'CITY',     '/NX/NX-ZW/', 5),
 ('NX-ND',       'NX',     '宁东能源化工基地市场监督管理局',       '宁东',   'CITY',     '/NX/NX-ND/', 6),
 ('NX-YC-XQ',    'NX-YC',  '银川市兴庆区市场监督管理局',           '兴',     'COUNTY',   '/NX/NX-YC/NX-YC-XQ/', 1),
 ('NX-YC-JF',    'NX-YC',  '银川市金凤区市场监督管理局',           '金',     'COUNTY',   '/NX/NX-YC/NX-YC-JF/', 2),
 ('NX-YC-XX',    'NX-YC',  '银川市西夏区市场监督管理局',           '西',     'COUNTY',   '/NX/NX-YC/NX-YC-XX/', 3),
 ('NX-SZS-DWK',  'NX-SZS', '石嘴山市大武口区市场监督管理局',       '大武口', 'COUNTY',   '/NX/NX-SZS/NX-SZS-DWK/', 1),
 ('NX-SZS-HN',   'NX-SZS', '石嘴山市惠农区市场监督管理局',         '惠农',   'COUNTY',   '/NX/NX-SZS/NX-SZS-HN/', 2),
 ('NX-WZ-LT',    'NX-WZ',  '吴忠市利通区市场监督管理局',           '利通',   'COUNTY',   '/NX/NX-WZ/NX-WZ-LT/', 1),
 ('NX-GY-YZ',    'NX-GY',  '固原市原州区市场监督管理局',           '原州',   'COUNTY',   '/NX/NX-GY/NX-GY-YZ/', 1),
 ('NX-ZW-SPT',   'NX-ZW',  '中卫市沙坡头区市场监督管理局',         '沙坡头', 'COUNTY',   '/NX/NX-ZW/NX-ZW-SPT/', 1);

-- Campaigns (专项行动). The two of notice 宁市监办发〔2021〕28号 are the system's reason to exist.
CREATE TABLE cf_campaign (
  code         VARCHAR(32)  NOT NULL PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  agency_code  VARCHAR(32)  NOT NULL,
  start_date   DATE         NOT NULL,
  end_date     DATE         NOT NULL,
  report_due   DATE,
  focus        VARCHAR(2000),
  source_doc   VARCHAR(200)
);

INSERT INTO cf_campaign (code, name, agency_code, start_date, end_date, report_due, focus, source_doc) VALUES
 ('HMZL-2021', '儿童老年用品“护苗助老”关爱行动', 'NX', '2021-06-07', '2021-12-20', '2021-12-20',
  '儿童和老年用品质量专项检查（电子商务、城乡结合部、农村地区、校园周边）；儿童青少年眼镜制配计量监督检查（双随机、一公开）；检验检测机构监督检查；强制性国家标准实施（童鞋、婴儿纸尿裤）；“三品一械”及教育培训广告监测（6·18、双11、儿童节、寒暑假、开学季）；从严惩处制假售假',
  '宁市监办发〔2021〕28号 附件1'),
 ('FYKZ-2021', '非医用口罩“助企护民保安康”行动', 'NX', '2021-06-07', '2021-12-20', '2021-12-20',
  '严格执行GB 2626强制性标准；加大监督抽查（儿童口罩、电子商务平台，过滤效率）；复查整改不到位一律不得恢复生产；认证监管；信用监管（20个工作日内公示）；产品召回；违法行为查处',
  '宁市监办发〔2021〕28号 附件2');

-- Per-user settings that Camunda's identity service does not hold: agency and UI language.
CREATE TABLE cf_user_profile (
  user_id     VARCHAR(64) NOT NULL PRIMARY KEY,
  agency_code VARCHAR(32) NOT NULL,
  locale      VARCHAR(10) NOT NULL DEFAULT 'zh-CN',
  title       VARCHAR(64)
);
CREATE INDEX ix_cf_user_profile_agency ON cf_user_profile (agency_code);

-- Every state change: who, when, what, which case, which task (domain.md §7).
CREATE TABLE cf_audit_log (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at TIMESTAMP(3) NOT NULL,
  user_id     VARCHAR(64),
  action      VARCHAR(64)  NOT NULL,
  case_id     BIGINT,
  task_id     VARCHAR(64),
  entity      VARCHAR(64),
  entity_id   VARCHAR(64),
  old_value   VARCHAR(4000),
  new_value   VARCHAR(4000),
  detail      VARCHAR(4000)
);
CREATE INDEX ix_cf_audit_case ON cf_audit_log (case_id, occurred_at);
CREATE INDEX ix_cf_audit_user ON cf_audit_log (user_id, occurred_at);
