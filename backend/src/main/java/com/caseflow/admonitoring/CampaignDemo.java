package com.caseflow.admonitoring;

import com.caseflow.admonitoring.AdMonitoringService.RecordRequest;
import com.caseflow.cases.Uscc;
import com.caseflow.demo.DemoScenario;
import com.caseflow.inspection.InspectionMapper;
import com.caseflow.inspection.InspectionRecords.Inspector;
import com.caseflow.inspection.InspectionRecords.Target;
import com.caseflow.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaign work before a case exists (issue 11): the demo officers as inspectors with enforcement credentials,
 * a few eyeglass-fitting shops and a testing institution in the inspection directory, and a few ad-monitoring
 * records of the seed campaign (the violations open AD_MONITORING leads). Runs after the demo cases (which only
 * load into an empty case table); each part once, in its own transaction; a failure is logged, not fatal.
 */
@Component
@Order(200)
class CampaignDemo implements DemoScenario {

  private static final Logger log = LoggerFactory.getLogger(CampaignDemo.class);
  private static final String BY = "demo-data";
  static final CurrentUser OFFICER1 = new CurrentUser("officer1", "张伟", List.of("officers"), "NX-YC", "/NX/NX-YC/",
      "zh-CN");

  private final InspectionMapper inspections;
  private final AdMonitoringService ads;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTx;

  CampaignDemo(InspectionMapper inspections, AdMonitoringService ads, JdbcTemplate jdbc,
      PlatformTransactionManager txManager) {
    this.inspections = inspections;
    this.ads = ads;
    this.jdbc = jdbc;
    this.newTx = new TransactionTemplate(txManager);
    this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void loadOnce() {
    part("inspectors and targets", this::inspectionDirectory);
    part("ad-monitoring records", this::adRecords);
  }

  private void part(String name, Runnable body) {
    try {
      newTx.executeWithoutResult(s -> body.run());
    } catch (RuntimeException e) {
      log.warn("Demo {} not loaded: {}", name, e.getMessage());
    }
  }

  private void inspectionDirectory() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String[][] inspectors = {
        {"officer1", "NX-YC", "/NX/NX-YC/", "宁市监执字640100-0101"},
        {"officer2", "NX-YC", "/NX/NX-YC/", "宁市监执字640100-0102"},
        {"unithead1", "NX-YC", "/NX/NX-YC/", "宁市监执字640100-0103"},
        {"quality1", "NX-YC", "/NX/NX-YC/", "宁市监执字640100-0104"},
        {"officer3", "NX-SZS", "/NX/NX-SZS/", "宁市监执字640200-0201"}};
    for (String[] i : inspectors) {
      if (inspections.inspector(i[0]) == null && inspections.inspectorByCredential(i[3]) == null) {
        inspections.insertInspector(new Inspector(i[0], i[1], i[2], i[3], LocalDate.of(2030, 12, 31), true), now, BY);
      }
    }
    String[][] targets = {
        {"EYEGLASS_FITTING", "银川市兴庆区明目眼镜店", "92640104MA76YJ01", "NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", "兴庆区解放东街12号"},
        {"EYEGLASS_FITTING", "银川市金凤区亮睛视光中心", "92640106MA76YJ02", "NX-YC-JF", "/NX/NX-YC/NX-YC-JF/", "金凤区北京中路88号"},
        {"EYEGLASS_FITTING", "银川市西夏区学府眼镜行", "92640105MA76YJ03", "NX-YC-XX", "/NX/NX-YC/NX-YC-XX/", "西夏区文萃路5号（校园周边）"},
        {"EYEGLASS_FITTING", "银川市兴庆区童视眼镜配镜部", "92640104MA76YJ04", "NX-YC-XQ", "/NX/NX-YC/NX-YC-XQ/", "兴庆区新华街30号"},
        {"TESTING_INSTITUTION", "宁夏质诚检验检测有限公司", "91640100MA76JC05", "NX-YC", "/NX/NX-YC/", "银川市金凤区科技园3号"}};
    for (String[] t : targets) {
      String uscc = Uscc.withCheck(t[2] + "0");
      if (inspections.findTarget(t[0], uscc) == null) {
        inspections.insertTarget(new Target(null, t[0], t[1], uscc, t[5], t[3], t[4]), now, BY);
      }
    }
  }

  private void adRecords() {
    if (jdbc.queryForObject("SELECT COUNT(*) FROM cf_ad_record", Long.class) > 0) {
      return;
    }
    ad("银川电视台生活频道", "宁夏长高宝生物科技有限公司", "91640100MA76GB0", "HEALTH_FOOD", "长高宝儿童钙片", "2021-06-12",
        "FAKE_EXPERT", "节目中“儿科专家”称连服三月可长高5厘米");
    ad("微信公众号“银川宝妈圈”", "银川市学而优教育培训学校", "52640100MA76XY0", "EDUCATION", "暑期数学提分班", "2021-07-08",
        "INSTITUTION_ENDORSEMENT", "宣称“宁夏大学附中指定培训机构”");
    ad("《银川晚报》", "宁夏康年医疗器械有限公司", "91640100MA76KN0", "MEDICAL_DEVICE", "老年理疗按摩仪", "2021-05-20",
        "DISGUISED_HEALTH_ADVICE", "以养生讲座形式介绍产品功效");
    ad("抖音直播间", "银川市健康源大药房有限公司", "91640100MA76JK0", "DRUG", "小儿感冒颗粒", "2021-11-05", "NONE", null);
    ad("银川公交车身广告", "银川爱尔康眼科医院有限公司", "91640100MA76AK0", "MEDICAL", "青少年近视矫正", "2021-08-25",
        "FALSE_CLAIM", "宣称“摘镜率100%”");
  }

  private void ad(String media, String advertiser, String usccPrefix, String category, String product, String date,
      String violation, String description) {
    ads.create(new RecordRequest("HMZL-2021", "NX-YC", media, advertiser, Uscc.withCheck(usccPrefix + "01"), category,
        product, date, violation, description), OFFICER1);
  }
}
