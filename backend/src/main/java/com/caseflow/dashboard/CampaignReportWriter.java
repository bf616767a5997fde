package com.caseflow.dashboard;

import com.caseflow.dashboard.CampaignReport.Section;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Renders a {@link CampaignReport}: xlsx (one sheet per section, numbers as numbers) and PDF (embedded CJK font). */
@Component
public class CampaignReportWriter {

  /** The CJK font the documents feature ships; one font for all generated PDFs. */
  static final String FONT = "fonts/NotoSerifSC-Regular-subset.ttf";
  private static volatile BaseFont baseFont;

  public byte[] xlsx(CampaignReport report) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      var boldFont = wb.createFont();
      boldFont.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(boldFont);
      Sheet summary = wb.createSheet("报告信息");
      int r = 0;
      summary.createRow(r++).createCell(0).setCellValue(report.title());
      summary.getRow(0).getCell(0).setCellStyle(bold);
      for (String[] h : report.header()) {
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(h[0]);
        row.createCell(1).setCellValue(h[1]);
      }
      summary.setColumnWidth(0, 14 * 256);
      summary.setColumnWidth(1, 60 * 256);
      for (Section s : report.sections()) {
        Sheet sheet = wb.createSheet(s.name());
        Row head = sheet.createRow(0);
        for (int i = 0; i < s.columns().size(); i++) {
          Cell c = head.createCell(i);
          c.setCellValue(s.columns().get(i));
          c.setCellStyle(bold);
          sheet.setColumnWidth(i, 18 * 256);
        }
        int n = 1;
        for (List<Object> cells : s.rows()) {
          Row row = sheet.createRow(n++);
          for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
              continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof BigDecimal d) {
              c.setCellValue(d.doubleValue());
              if (d.scale() > 0) {
                c.setCellStyle(money);
              }
            } else if (v instanceof Number num) {
              c.setCellValue(num.doubleValue());
            } else {
              c.setCellValue(v.toString());
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] pdf(CampaignReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 48, 48);
    PdfWriter.getInstance(doc, out);
    doc.open();
    BaseFont bf = font();
    Font title = new Font(bf, 16);
    Font heading = new Font(bf, 12.5f);
    Font body = new Font(bf, 9.5f);
    Paragraph t = new Paragraph(report.title(), title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingAfter(10);
    doc.add(t);
    for (String[] h : report.header()) {
      doc.add(new Paragraph(h[0] + "：" + h[1], body));
    }
    for (Section s : report.sections()) {
      Paragraph p = new Paragraph(s.name(), heading);
      p.setSpacingBefore(12);
      p.setSpacingAfter(4);
      doc.add(p);
      PdfPTable table = new PdfPTable(s.columns().size());
      table.setWidthPercentage(100);
      for (String c : s.columns()) {
        table.addCell(new PdfPCell(new Phrase(c, body)));
      }
      for (List<Object> cells : s.rows()) {
        for (int i = 0; i < s.columns().size(); i++) {
          Object v = i < cells.size() ? cells.get(i) : null;
          PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString()
              : v.toString(), body));
          if (v instanceof Number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
          }
          table.addCell(cell);
        }
      }
      if (s.rows().isEmpty()) {
        PdfPCell none = new PdfPCell(new Phrase("无", body));
        none.setColspan(s.columns().size());
        table.addCell(none);
      }
      doc.add(table);
    }
    doc.close();
    return out.toByteArray();
  }

  static BaseFont font() {
    BaseFont bf = baseFont;
    if (bf != null) {
      return bf;
    }
    synchronized (CampaignReportWriter.class) {
      if (baseFont == null) {
        ClassPathResource res = new ClassPathResource(FONT);
        try {
          if (res.exists()) {
            try (InputStream in = res.getInputStream()) {
              baseFont = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            }
          } else {
            // documents feature not merged yet: Latin-only fallback so the numbers still render
            baseFont = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return baseFont;
    }
  }
}
