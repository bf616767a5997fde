package com.caseflow.spotcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a spot-check result file into {@link RawRow}s: CSV (UTF-8 with or without BOM, or GBK/GB18030 as
 * Excel writes it on Chinese Windows) or xlsx (first sheet). The first non-empty row holds the headers;
 * blank rows are skipped. Problems with the file as a whole throw {@link FileProblem}.
 */
public final class SpotCheckFileReader {

  /** The file cannot be read at all; {@code messageKey} explains why. */
  public static final class FileProblem extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    FileProblem(String messageKey, Object... args) {
      super(messageKey);
      this.messageKey = messageKey;
      this.args = args;
    }

    public String messageKey() {
      return messageKey;
    }

    public Object[] args() {
      return args;
    }
  }

  public enum Format { CSV, XLSX }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final int maxRows;

  public SpotCheckFileReader(int maxRows) {
    this.maxRows = maxRows;
  }

  /** CSV or xlsx, by content (zip signature) and name; anything else is a FileProblem. */
  public static Format detect(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    if (name.endsWith(".xlsx") && zip) {
      return Format.XLSX;
    }
    if ((name.endsWith(".csv") || name.endsWith(".txt")) && !zip && !looksBinary(bytes)) {
      return Format.CSV;
    }
    throw new FileProblem("spotcheck.file.unsupportedType");
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  public List<RawRow> read(String fileName, byte[] bytes) {
    return switch (detect(fileName, bytes)) {
      case CSV -> fromTable(parseCsv(decode(bytes)));
      case XLSX -> readXlsx(bytes);
    };
  }

  /** UTF-8 when the bytes are valid UTF-8 (BOM stripped), else GB18030 (a superset of GBK). */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        return GB18030.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException neither) {
        throw new FileProblem("spotcheck.file.encoding");
      }
    }
  }

  /** RFC 4180: comma separated, double quotes with "" escapes, CRLF or LF, newlines inside quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new FileProblem("spotcheck.file.unclosedQuote");
    }
    if (any || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private List<RawRow> fromTable(List<List<String>> table) {
    List<RawRow> out = new ArrayList<>();
    Map<Integer, SampleField> columns = null;
    for (int r = 0; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
        continue;
      }
      if (columns == null) {
        columns = headers(cells);
        continue;
      }
      Map<SampleField, String> values = new EnumMap<>(SampleField.class);
      for (Map.Entry<Integer, SampleField> e : columns.entrySet()) {
        if (e.getKey() < cells.size()) {
          values.put(e.getValue(), cells.get(e.getKey()));
        }
      }
      add(out, new RawRow(r + 1, values, Map.of()));
    }
    if (columns == null) {
      throw new FileProblem("spotcheck.file.empty");
    }
    return out;
  }

  private void add(List<RawRow> out, RawRow row) {
    if (out.size() >= maxRows) {
      throw new FileProblem("spotcheck.file.tooManyRows", maxRows);
    }
    out.add(row);
  }

  /** Column index → field; unknown columns are ignored, a missing required column or a duplicate is a FileProblem. */
  static Map<Integer, SampleField> headers(List<String> cells) {
    Map<Integer, SampleField> columns = new java.util.TreeMap<>();
    EnumMap<SampleField, Integer> seen = new EnumMap<>(SampleField.class);
    for (int i = 0; i < cells.size(); i++) {
      SampleField f = SampleField.byHeader(cells.get(i));
      if (f == null) {
        continue;
      }
      if (seen.containsKey(f)) {
        throw new FileProblem("spotcheck.file.duplicateColumn", cells.get(i).strip());
      }
      seen.put(f, i);
      columns.put(i, f);
    }
    List<String> missing = new ArrayList<>();
    for (SampleField f : SampleField.values()) {
      if (f.required() && !seen.containsKey(f)) {
        missing.add(f.templateHeader());
      }
    }
    if (!missing.isEmpty()) {
      throw new FileProblem("spotcheck.file.missingColumns", String.join("、", missing));
    }
    return columns;
  }

  private List<RawRow> readXlsx(byte[] bytes) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new FileProblem("spotcheck.file.empty");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<RawRow> out = new ArrayList<>();
      Map<Integer, SampleField> columns = null;
      for (Row row : sheet) {
        List<String> texts = new ArrayList<>();
        short last = row.getLastCellNum();
        for (int c = 0; c < Math.max(last, 0); c++) {
          Cell cell = row.getCell(c);
          texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        if (texts.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (columns == null) {
          columns = headers(texts);
          continue;
        }
        Map<SampleField, String> values = new EnumMap<>(SampleField.class);
        Map<SampleField, LocalDate> dates = new EnumMap<>(SampleField.class);
        for (Map.Entry<Integer, SampleField> e : columns.entrySet()) {
          Cell cell = row.getCell(e.getKey());
          if (cell == null) {
            continue;
          }
          values.put(e.getValue(), e.getKey() < texts.size() ? texts.get(e.getKey()) : "");
          if (isDateCell(cell)) {
            dates.put(e.getValue(), cell.getLocalDateTimeCellValue().toLocalDate());
          }
        }
        add(out, new RawRow(row.getRowNum() + 1, values, dates));
      }
      if (columns == null) {
        throw new FileProblem("spotcheck.file.empty");
      }
      return out;
    } catch (IOException | RuntimeException e) {
      if (e instanceof FileProblem p) {
        throw p;
      }
      throw new FileProblem("spotcheck.file.unreadable");
    }
  }

  private static boolean isDateCell(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
  }
}
