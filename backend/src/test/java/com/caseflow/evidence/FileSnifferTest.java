package com.caseflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.caseflow.common.ContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnifferTest {

  @TempDir Path dir;

  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
  static final byte[] MP4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
  static final byte[] MP3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
  static final byte[] WAV = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

  @Test
  void recognisesTheAcceptedFormatsByTheirFirstBytes() {
    assertThat(FileSniffer.sniff(PDF, null)).isEqualTo(FileKind.PDF);
    assertThat(FileSniffer.sniff(PNG, null)).isEqualTo(FileKind.PNG);
    assertThat(FileSniffer.sniff(JPEG, null)).isEqualTo(FileKind.JPEG);
    assertThat(FileSniffer.sniff(MP4, null)).isEqualTo(FileKind.MP4);
    assertThat(FileSniffer.sniff(MP3, null)).isEqualTo(FileKind.MP3);
    assertThat(FileSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, null)).isEqualTo(FileKind.MP3);
    assertThat(FileSniffer.sniff(WAV, null)).isEqualTo(FileKind.WAV);
    assertThat(FileSniffer.sniff("询问笔录：当事人称……\r\n".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(FileKind.TEXT);
    assertThat(FileSniffer.sniff("询问笔录".getBytes(java.nio.charset.Charset.forName("GBK")), null)).isEqualTo(FileKind.TEXT);
  }

  @Test
  void checksTheExtensionAgainstTheContent() {
    assertThat(FileSniffer.check(PDF, null, "检验报告.PDF").accepted()).isTrue();
    assertThat(FileSniffer.check(JPEG, null, "现场照片.jpeg").accepted()).isTrue();
    FileSniffer.Result renamed = FileSniffer.check(PNG, null, "照片.pdf");
    assertThat(renamed.refusal()).isEqualTo(FileSniffer.Refusal.EXTENSION_MISMATCH);
    assertThat(renamed.kind()).isEqualTo(FileKind.PNG);
    assertThat(FileSniffer.check(PDF, null, "no-extension").refusal()).isEqualTo(FileSniffer.Refusal.EXTENSION_MISMATCH);
  }

  @Test
  void refusesExecutablesScriptsAndUnknownBinaries() {
    assertThat(FileSniffer.check(EXE, null, "report.pdf").refusal()).isEqualTo(FileSniffer.Refusal.EXECUTABLE);
    assertThat(FileSniffer.check(ELF, null, "a.txt").refusal()).isEqualTo(FileSniffer.Refusal.EXECUTABLE);
    assertThat(FileSniffer.check("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), null, "a.txt").refusal())
        .isEqualTo(FileSniffer.Refusal.EXECUTABLE);
    assertThat(FileSniffer.check(new byte[] {0, 1, 2, 3, 4, 5}, null, "a.txt").refusal())
        .isEqualTo(FileSniffer.Refusal.UNKNOWN);
    assertThat(FileSniffer.check(new byte[0], null, "a.txt").refusal()).isEqualTo(FileSniffer.Refusal.UNKNOWN);
  }

  @Test
  void tellsDocxAndXlsxFromOtherZipFiles() throws IOException {
    Path docx = zip("a.docx", "[Content_Types].xml", "word/document.xml");
    Path xlsx = zip("a.xlsx", "[Content_Types].xml", "xl/workbook.xml");
    Path jar = zip("a.jar", "META-INF/MANIFEST.MF", "com/evil/Main.class");
    assertThat(FileSniffer.check(Files.readAllBytes(docx), docx, "询问笔录.docx").kind()).isEqualTo(FileKind.DOCX);
    assertThat(FileSniffer.check(Files.readAllBytes(xlsx), xlsx, "货值清单.xlsx").kind()).isEqualTo(FileKind.XLSX);
    assertThat(FileSniffer.check(Files.readAllBytes(xlsx), xlsx, "货值清单.docx").refusal())
        .isEqualTo(FileSniffer.Refusal.EXTENSION_MISMATCH);
    assertThat(FileSniffer.check(Files.readAllBytes(jar), jar, "a.docx").refusal()).isEqualTo(FileSniffer.Refusal.UNKNOWN);
  }

  @Test
  void storesByShaOnceAndNeverLeavesATemporaryFile() throws IOException {
    ContentStore store = new ContentStore(dir.resolve("evidence"));
    byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
    String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // SHA-256("abc"), FIPS 180-2
    assertThat(ContentStore.sha256Hex(content)).isEqualTo(expected);
    try (ContentStore.Staged staged = store.stage(new ByteArrayInputStream(content), 2)) {
      assertThat(staged.sha256()).isEqualTo(expected);
      assertThat(staged.size()).isEqualTo(3);
      assertThat(staged.head()).containsExactly('a', 'b');
      assertThat(store.commit(staged)).isEqualTo(dir.resolve("evidence/ba/" + expected).toAbsolutePath());
    }
    try (ContentStore.Staged again = store.stage(new ByteArrayInputStream(content), 2)) {
      store.commit(again);
    }
    try (ContentStore.Staged refused = store.stage(new ByteArrayInputStream("xyz".getBytes()), 2)) {
      assertThat(refused.file()).exists();
    } // not committed: deleted on close
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(store.path(expected));
    }
  }

  private Path zip(String name, String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path p = dir.resolve(name);
    Files.write(p, bytes.toByteArray());
    return p;
  }
}
