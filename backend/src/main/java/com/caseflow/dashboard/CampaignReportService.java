package com.caseflow.dashboard;

import com.caseflow.agency.AgencyService;
import com.caseflow.campaign.Campaign;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.common.ApiException;
import com.caseflow.dashboard.CampaignReport.Section;
import com.caseflow.dashboard.Figures.*;
import com.caseflow.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects the figures of one campaign into the implementation report the province asks for (domain.md §1). */
@Service
@Transactional(readOnly = true)
public class CampaignReportService {

  private static final Map<String, String> SOURCES = Map.of(
      "SPOT_CHECK", "监督抽查", "COMPLAINT", "投诉举报", "AD_MONITORING", "广告监测", "INSPECTION", "监督检查/双随机",
      "ONLINE_MONITORING", "网络监测", "DEPARTMENT_REFERRAL", "其他部门移送", "SUPERIOR_ASSIGNED", "上级交办");
  private static final Map<String, String> DURATIONS = Map.of(
      "VERIFICATION", "核查（线索至立案）", "INVESTIGATION", "调查至决定（立案至处罚决定）",
      "DECISION_TO_PUBLICATION", "决定至信用公示");

  private final DashboardAccess access;
  private final FigureService figures;
  private final CampaignMapper campaigns;
  private final AgencyService agencies;
  private final Clock clock;

  public CampaignReportService(DashboardAccess access, FigureService figures, CampaignMapper campaigns,
      AgencyService agencies, Clock clock) {
    this.access = access;
    this.figures = figures;
    this.campaigns = campaigns;
    this.agencies = agencies;
    this.clock = clock;
  }

  public CampaignReport build(CurrentUser user, String code, String agency, LocalDate from, LocalDate to) {
    if (!access.allowed(user)) {
      throw ApiException.forbidden();
    }
    Campaign c = campaigns.find(code);
    if (c == null) {
      throw ApiException.notFound("campaign", code);
    }
    LocalDate start = from != null ? from : c.startDate();
    LocalDate end = to != null ? to : c.endDate();
    DashboardFilter f = access.filter(user, code, agency, start, end);
    String scopeName = f.agencyCode() != null ? agencies.find(f.agencyCode()).orElseThrow().name()
        : f.wholeProvince() ? "全区" : agencies.find(user.agencyCode()).map(a -> a.name() + "（含下级）").orElse(f.agencyPath());

    List<String[]> header = List.of(
        new String[] {"专项行动", c.name() + "（" + c.code() + "）"},
        new String[] {"统计期间", start + " 至 " + end},
        new String[] {"统计范围", scopeName},
        new String[] {"报告截止", c.reportDue() == null ? "" : c.reportDue().toString()},
        new String[] {"生成时间", LocalDate.now(clock).toString()},
        new String[] {"依据", c.sourceDoc() == null ? "" : c.sourceDoc()});

    List<Section> sections = new ArrayList<>();
    CaseFigures cases = figures.cases(f);
    PenaltyFigures money = figures.penalties(f);
    CreditFigures credit = figures.credit(f);
    SpotCheckFigures spot = figures.spotChecks(f);
    RecallFigures recalls = figures.recalls(f);
    ReferralFigures referrals = figures.referrals(f);
    OverdueFigures overdue = figures.overdue(f);
    DurationFigures durations = figures.durations(f);

    long filed = cases.monthly().stream().mapToLong(Month::filed).sum();
    long closed = cases.monthly().stream().mapToLong(Month::closed).sum();
    sections.add(new Section("总体情况", List.of("指标", "数值"), List.of(
        row("线索及案件总数", cases.total()), row("立案数", filed), row("结案数", closed),
        row("罚款案件数", money.fineCount()), row("罚款金额（元）", money.fineTotal()),
        row("没收案件数", money.confiscationCount()), row("没收金额（元）", money.confiscationTotal()),
        row("应公示信用信息数", credit.required()), row("按期公示数", credit.publishedOnTime()),
        row("按期公示率（%）", credit.onTimeRate()), row("抽查批次", spot.batchesSampled()),
        row("抽查不合格批次", spot.nonConforming()), row("不合格率（%）", spot.nonConformingRate()),
        row("召回数", recalls.total()), row("移送司法机关数", referrals.transferred()),
        row("逾期任务数", overdue.total()))));
    sections.add(counts("案件阶段", "阶段", cases.byStage(), com.caseflow.cases.CaseStages.NAMES));
    sections.add(counts("案件来源", "来源", cases.bySource(), SOURCES));
    sections.add(counts("按机构", "机构", cases.byAgency(), null));
    List<List<Object>> monthly = new ArrayList<>();
    cases.monthly().forEach(m -> monthly.add(row(m.month(), m.filed(), m.closed())));
    sections.add(new Section("月度立案结案", List.of("月份", "立案数", "结案数"), monthly));
    List<List<Object>> moneyRows = new ArrayList<>();
    money.byAgency().forEach(a -> moneyRows.add(row(a.name(), a.fineCount(), a.fineTotal(), a.confiscationCount(),
        a.confiscationTotal())));
    moneyRows.add(row("合计", money.fineCount(), money.fineTotal(), money.confiscationCount(), money.confiscationTotal()));
    sections.add(new Section("罚没情况", List.of("机构", "罚款案件数", "罚款金额（元）", "没收案件数", "没收金额（元）"),
        moneyRows));
    List<List<Object>> creditRows = new ArrayList<>();
    credit.late().forEach(l -> creditRows.add(row(l.caseNo(), l.partyName(), str(l.decisionDate()), str(l.dueDate()),
        str(l.publishedDate()), "逾期公示", l.workingDaysLate())));
    credit.pendingItems().forEach(pi -> creditRows.add(row(pi.caseNo(), pi.partyName(), str(pi.decisionDate()),
        str(pi.dueDate()), null, "待公示", pi.workingDaysLeft())));
    sections.add(new Section("信用公示", List.of("案件编号", "当事人", "决定日期", "公示期限", "公示日期", "状态",
        "逾期/剩余工作日"), creditRows));
    List<List<Object>> durationRows = new ArrayList<>();
    durations.stages().forEach(d -> durationRows.add(row(DURATIONS.getOrDefault(d.stage(), d.stage()), d.count(),
        d.median(), d.p90())));
    sections.add(new Section("办案时长", List.of("阶段", "案件数", "中位数（工作日）", "90分位（工作日）"), durationRows));
    List<List<Object>> spotRows = new ArrayList<>();
    spotRows.add(row("合计", "全部", spot.batchesSampled(), spot.nonConforming(), spot.nonConformingRate()));
    spot.byProduct().forEach(p -> spotRows.add(row("产品", p.label(), p.sampled(), p.nonConforming(), p.rate())));
    spot.bySamplingPlace().forEach(p -> spotRows.add(row("抽样场所", p.label(), p.sampled(), p.nonConforming(),
        p.rate())));
    sections.add(new Section("监督抽查", List.of("类别", "项目", "抽查批次", "不合格批次", "不合格率（%）"), spotRows));
    sections.add(new Section("抽查后处置", List.of("指标", "数值"), List.of(row("已整改", spot.rectified()),
        row("未整改", spot.notRectified()), row("复检合格", spot.conformingOnRetest()), row("处理中", spot.open()),
        row("不得恢复生产（现存）", spot.productionNotResumed()))));
    sections.add(new Section("召回与移送", List.of("指标", "数值"), List.of(
        row("召回总数", recalls.total()), row("召回进行中", recalls.open()), row("召回完成", recalls.completed()),
        row("召回数量（件）", recalls.unitsRecovered()), row("涉嫌犯罪移送总数", referrals.total()),
        row("已移送公安", referrals.transferred()), row("公安已受理", referrals.accepted()),
        row("公安不予受理", referrals.notAccepted()), row("局负责人不批准移送", referrals.rejectedByHead()))));
    List<List<Object>> overdueRows = new ArrayList<>();
    overdue.tasks().forEach(t -> overdueRows.add(row(t.caseNo(), t.step(), t.agencyCode(), str(t.dueDate()),
        t.workingDaysLate())));
    sections.add(new Section("逾期任务", List.of("案件编号", "环节", "机构", "期限", "逾期工作日"), overdueRows));
    return new CampaignReport(c.name() + "实施情况报告", header, sections);
  }

  private static Section counts(String name, String keyHeader, List<Count> counts, Map<String, String> labels) {
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach(k -> rows.add(row(labels == null ? k.label() : labels.getOrDefault(k.key(), k.key()), k.count())));
    return new Section(name, List.of(keyHeader, "数量"), rows);
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
