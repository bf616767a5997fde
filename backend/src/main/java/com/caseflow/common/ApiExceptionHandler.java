package com.caseflow.common;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure under /api/** into {@link ApiError} JSON in the request's language. */
@RestControllerAdvice(basePackages = "com.caseflow")
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Messages messages;
  private final DataSize maxUpload;

  public ApiExceptionHandler(
      Messages messages,
      @org.springframework.beans.factory.annotation.Value("${caseflow.evidence.max-file-size:50MB}") DataSize maxUpload) {
    this.messages = messages;
    this.maxUpload = maxUpload;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> api(ApiException e) {
    List<ApiError.FieldError> fields = e.fieldProblems().stream()
        .map(p -> new ApiError.FieldError(p.field(), messages.get(p.messageKey(), p.args())))
        .toList();
    return ResponseEntity.status(e.status())
        .body(new ApiError(e.code(), messages.get(e.messageKey(), e.args()), fields));
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ApiError> bind(BindException e) {
    List<ApiError.FieldError> fields = e.getFieldErrors().stream()
        .map(f -> new ApiError.FieldError(f.getField(), fieldMessage(f)))
        .toList();
    return status(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED", messages.get("error.validation"), fields));
  }

  private String fieldMessage(org.springframework.validation.FieldError f) {
    if (f.isBindingFailure()) {
      // a query parameter bound to a record that does not convert (e.g. a date): say which and what was sent
      return messages.get("error.invalidParameter", f.getField(), String.valueOf(f.getRejectedValue()));
    }
    String message = f.getDefaultMessage();
    // Our own constraint messages are keys in braces: {validation.uscc}
    if (message != null && message.startsWith("{") && message.endsWith("}")) {
      return messages.get(message.substring(1, message.length() - 1));
    }
    return message;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> constraint(ConstraintViolationException e) {
    List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
        .map(v -> new ApiError.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .toList();
    return status(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED", messages.get("error.validation"), fields));
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return status(HttpStatus.BAD_REQUEST, new ApiError("MALFORMED_REQUEST", messages.get("error.malformedJson")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParam(MissingServletRequestParameterException e) {
    return status(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED",
        messages.get("error.missingParameter", e.getParameterName()),
        List.of(new ApiError.FieldError(e.getParameterName(), messages.get("validation.required")))));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return status(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED",
        messages.get("error.missingParameter", e.getRequestPartName()),
        List.of(new ApiError.FieldError(e.getRequestPartName(), messages.get("validation.required")))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String value = String.valueOf(e.getValue());
    return status(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED",
        messages.get("error.invalidParameter", e.getName(), value),
        List.of(new ApiError.FieldError(e.getName(), messages.get("error.invalidParameter", e.getName(), value)))));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return status(HttpStatus.PAYLOAD_TOO_LARGE,
        new ApiError("UPLOAD_TOO_LARGE", messages.get("error.uploadTooLarge", maxUpload.toMegabytes() + " MB")));
  }

  /** A multipart body that cannot be read (cut off, no closing boundary): the client's fault, not ours. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> unreadableMultipart(MultipartException e) {
    return status(HttpStatus.BAD_REQUEST, new ApiError("MALFORMED_REQUEST", messages.get("error.malformedMultipart")));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return status(HttpStatus.METHOD_NOT_ALLOWED,
        new ApiError("METHOD_NOT_ALLOWED", messages.get("error.methodNotAllowed", e.getMethod())));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        new ApiError("UNSUPPORTED_MEDIA_TYPE", messages.get("error.unsupportedMediaType", String.valueOf(e.getContentType()))));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
    return status(HttpStatus.NOT_FOUND, new ApiError("NOT_FOUND", messages.get("error.notFound.path", "/" + e.getResourcePath())));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<ApiError> denied(RuntimeException e) {
    return status(HttpStatus.FORBIDDEN, new ApiError("FORBIDDEN", messages.get("error.forbidden")));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> engineNotFound(NotFoundException e) {
    return status(HttpStatus.NOT_FOUND, new ApiError("NOT_FOUND", messages.get("error.notFound")));
  }

  @ExceptionHandler({OptimisticLockingFailureException.class, org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ApiError> optimistic(RuntimeException e) {
    return status(HttpStatus.CONFLICT, new ApiError("CONFLICT", messages.get("error.conflict")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    log.error("Unexpected error", e);
    return status(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError("INTERNAL_ERROR", messages.get("error.internal")));
  }

  private static ResponseEntity<ApiError> status(HttpStatus status, ApiError body) {
    return ResponseEntity.status(status).body(body);
  }
}
