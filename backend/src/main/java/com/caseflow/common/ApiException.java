package com.caseflow.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or must know about. Messages are keys in i18n/messages*.properties,
 * resolved in the request's language by {@link ApiExceptionHandler}.
 */
public class ApiException extends RuntimeException {

  /** One invalid field: its name as the client sent it, and a message key with arguments. */
  public record FieldProblem(String field, String messageKey, Object... args) {}

  private final HttpStatus status;
  private final String code;
  private final transient Object[] args;
  private final transient List<FieldProblem> fieldProblems;

  public ApiException(HttpStatus status, String code, String messageKey, Object... args) {
    this(status, code, messageKey, List.of(), args);
  }

  public ApiException(
      HttpStatus status, String code, String messageKey, List<FieldProblem> fieldProblems, Object... args) {
    super(messageKey);
    this.status = status;
    this.code = code;
    this.args = args;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  /** Nothing at this address (a URL path: the same in every language). */
  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound.path", what);
  }

  /**
   * No {@code thing} (a key under {@code thing.} in the messages, named in the user's language) with this {@code id}
   * (null: none to name).
   */
  public static ApiException notFound(String thing, Object id) {
    org.springframework.context.MessageSourceResolvable name =
        new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"thing." + thing}, thing);
    return id == null
        ? new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound.thing", name)
        : new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound.thingWithId", name, String.valueOf(id));
  }

  public static ApiException forbidden() {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
  }

  public static ApiException conflict(String code, String messageKey, Object... args) {
    return new ApiException(HttpStatus.CONFLICT, code, messageKey, args);
  }

  public static ApiException badRequest(String code, String messageKey, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, messageKey, args);
  }

  /** 400 VALIDATION_FAILED naming the invalid fields. */
  public static ApiException invalid(List<FieldProblem> problems) {
    return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "error.validation", problems);
  }

  public static ApiException invalidField(String field, String messageKey, Object... args) {
    return invalid(List.of(new FieldProblem(field, messageKey, args)));
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return getMessage();
  }

  public Object[] args() {
    return args;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
