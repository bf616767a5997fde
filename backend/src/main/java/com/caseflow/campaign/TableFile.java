package com.caseflow.campaign;

import com.caseflow.common.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded table (CSV in UTF-8, or the first sheet of an xlsx) as rows of header → text. Headers are
 * matched through aliases (English key or Chinese column title), so officials can upload the sheet they keep.
 * Row numbers are as the user sees them in the sheet (header = row 1).
 */
public final class TableFile {

  public record TableRow(int rowNo, Map<String, String> cells) {
    public String get(String key) {
      String v = cells.get(key);
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

  private TableFile() {}

  /** @param aliases column key → accepted header titles (case-insensitive) */
  public static List<TableRow> read(MultipartFile file, Map<String, List<String>> aliases) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalidField("file", "validation.required");
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    try (InputStream in = file.getInputStream()) {
      List<List<String>> raw = name.endsWith(".xlsx") || name.endsWith(".xls") ? xlsx(in) : csv(in);
      return map(raw, aliases);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw ApiException.invalidField("file", "validation.importFile");
    }
  }

  private static List<TableRow> map(List<List<String>> raw, Map<String, List<String>> aliases) {
    if (raw.isEmpty()) {
      throw ApiException.invalidField("file", "validation.importEmpty");
    }
    List<String> header = raw.get(0);
    Map<Integer, String> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String title = header.get(i) == null ? "" : header.get(i).trim().replace("\uFEFF", "");
      for (var e : aliases.entrySet()) {
        if (e.getKey().equalsIgnoreCase(title) || e.getValue().stream().anyMatch(a -> a.equalsIgnoreCase(title))) {
          columns.put(i, e.getKey());
        }
      }
    }
    List<String> missing = aliases.keySet().stream().filter(k -> !columns.containsValue(k)).toList();
    List<TableRow> rows = new ArrayList<>();
    for (int r = 1; r < raw.size(); r++) {
      List<String> line = raw.get(r);
      if (line.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      for (var c : columns.entrySet()) {
        cells.put(c.getValue(), c.getKey() < line.size() ? line.get(c.getKey()) : null);
      }
      missing.forEach(m -> cells.put(m, null));
      rows.add(new TableRow(r + 1, cells));
    }
    return rows;
  }

  private static List<List<String>> xlsx(InputStream in) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
              cells.add(null);
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
              cells.add(LocalDate.from(cell.getLocalDateTimeCellValue()).toString());
            } else {
              cells.add(formatter.formatCellValue(cell));
            }
          }
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
  static List<List<String>> csv(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int ch;
    while ((ch = reader.read()) != -1) {
      char c = (char) ch;
      if (quoted) {
        if (c == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              reader.reset();
            }
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
