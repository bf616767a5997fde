package com.caseflow.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Decides what a file really is from its first bytes (never from the name or the client's
 * Content-Type), and whether its extension agrees. Executables, scripts and anything unknown are refused.
 */
public final class FileSniffer {

  /** How many leading bytes {@link #sniff} looks at. */
  public static final int HEAD_BYTES = 8192;

  /** Why a file was refused. */
  public enum Refusal { EXECUTABLE, UNKNOWN, EXTENSION_MISMATCH }

  public record Result(FileKind kind, Refusal refusal) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  private FileSniffer() {}

  /**
   * @param head the first bytes of the file (up to {@link #HEAD_BYTES})
   * @param file the whole file, opened only for ZIP-based Office formats (may be null: then a ZIP is unknown)
   * @param fileName the client's file name, for the extension check
   */
  public static Result check(byte[] head, Path file, String fileName) {
    if (isExecutable(head)) {
      return new Result(null, Refusal.EXECUTABLE);
    }
    FileKind kind = sniff(head, file);
    if (kind == null) {
      return new Result(null, Refusal.UNKNOWN);
    }
    String ext = extension(fileName);
    if (!kind.extensions().contains(ext)) {
      return new Result(kind, Refusal.EXTENSION_MISMATCH);
    }
    return new Result(kind, null);
  }

  static boolean isExecutable(byte[] h) {
    return startsWith(h, 'M', 'Z') // Windows PE / DOS
        || startsWith(h, 0x7F, 'E', 'L', 'F')
        || startsWith(h, 0xCA, 0xFE, 0xBA, 0xBE) // Java class / Mach-O fat
        || startsWith(h, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(h, 0xFE, 0xED, 0xFA, 0xCF)
        || startsWith(h, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(h, 0xCF, 0xFA, 0xED, 0xFE)
        || startsWith(h, '#', '!'); // scripts
  }

  /** The kind of file, or null when it is none of the accepted ones. */
  public static FileKind sniff(byte[] h, Path file) {
    if (startsWith(h, '%', 'P', 'D', 'F', '-')) {
      return FileKind.PDF;
    }
    if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
      return FileKind.JPEG;
    }
    if (startsWith(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return FileKind.PNG;
    }
    if (h.length >= 12 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
      return FileKind.MP4;
    }
    if (startsWith(h, 'I', 'D', '3') || (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0)) {
      return FileKind.MP3;
    }
    if (h.length >= 12 && startsWith(h, 'R', 'I', 'F', 'F') && h[8] == 'W' && h[9] == 'A' && h[10] == 'V' && h[11] == 'E') {
      return FileKind.WAV;
    }
    if (startsWith(h, 'P', 'K', 0x03, 0x04)) {
      return file == null ? null : office(file);
    }
    if (isText(h)) {
      return FileKind.TEXT;
    }
    return null;
  }

  /** DOCX or XLSX by their mandatory parts; any other ZIP (JAR, APK, plain archives) is unknown. */
  private static FileKind office(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        return null;
      }
      if (zip.getEntry("word/document.xml") != null) {
        return FileKind.DOCX;
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        return FileKind.XLSX;
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Text: no NUL or other control bytes besides tab/CR/LF/FF, and valid UTF-8 or GB18030. */
  static boolean isText(byte[] h) {
    if (h.length == 0) {
      return false;
    }
    for (byte b : h) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        return false;
      }
    }
    return decodes(h, StandardCharsets.UTF_8) || decodes(h, Charset.forName("GB18030"));
  }

  private static boolean decodes(byte[] h, Charset charset) {
    // the head may cut a multi-byte character: ignore up to 3 trailing bytes
    for (int cut = 0; cut <= Math.min(3, h.length - 1); cut++) {
      try {
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(h, 0, h.length - cut));
        return true;
      } catch (CharacterCodingException e) {
        if (h.length < HEAD_BYTES) {
          return false; // the whole file was read: nothing was cut
        }
      }
    }
    return false;
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] h, int... prefix) {
    if (h.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((h[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
