package com.caseflow.task;

import java.util.HashMap;
import java.util.Map;

/**
 * The decision and comment of a completion in progress on this thread, handed from {@link TaskWorkService} to the
 * engine's complete event in {@link TaskProjection}, which writes the 已办 row with them in one insert.
 */
final class CompletionNotes {

  record Note(String decision, String comment) {}

  private static final ThreadLocal<Map<String, Note>> NOTES = ThreadLocal.withInitial(HashMap::new);

  private CompletionNotes() {}

  static void put(String taskId, Note note) {
    NOTES.get().put(taskId, note);
  }

  static Note take(String taskId) {
    Note n = NOTES.get().remove(taskId);
    return n == null ? new Note(null, null) : n;
  }

  static void clear(String taskId) {
    NOTES.get().remove(taskId);
  }
}
