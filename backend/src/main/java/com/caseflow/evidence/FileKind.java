package com.caseflow.evidence;

import java.util.List;

/** The file formats accepted as evidence, recognised by their first bytes, with their allowed extensions. */
public enum FileKind {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png"),
  MP4("video/mp4", "mp4", "m4v"),
  MP3("audio/mpeg", "mp3"),
  WAV("audio/wav", "wav"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  TEXT("text/plain;charset=UTF-8", "txt", "csv");

  private final String contentType;
  private final List<String> extensions;

  FileKind(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  public List<String> extensions() {
    return extensions;
  }
}
