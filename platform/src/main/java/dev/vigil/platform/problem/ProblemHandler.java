package dev.vigil.platform.problem;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every client error as application/problem+json naming the field and the rule; a 500 only for
 * what really is the server's fault.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** The members RFC 9457 defines: extra members of a problem never take their names. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("type", "title", "status", "detail", "instance");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return ProblemResponses.withViolations(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.violations());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return ProblemResponses.withViolations(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Rule violated",
                e.violations());
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                e instanceof NotFoundException ? e.getMessage() : "No such record");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, e.type(), "Conflict", e.getMessage());
        // a record's "status" must not overwrite the problem's own status (RFC 9457 members keep their meaning)
        e.details().forEach((name, value) -> problem.setProperty(
                RESERVED.contains(name) ? "record" + Character.toUpperCase(name.charAt(0)) + name.substring(1) : name, value));
        return problem;
    }

    /** If-Match named an older version: someone else changed the record first. */
    @ExceptionHandler({StaleVersionException.class, ConflictingAggregateVersionException.class})
    ProblemDetail stale(RuntimeException e) {
        return ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
                "The record changed since the version named in If-Match; read it again and retry.");
    }

    /** Two writers appended to the same record at once (across instances): the loser retries. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
                "Someone changed the record at the same moment; nothing of yours was recorded. Retry.");
    }

    /** Also a separation-of-duties refusal, which is a {@link ForbiddenException} of its own type. */
    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemResponses.problem(HttpStatus.FORBIDDEN, e.type(),
                "separation-of-duties".equals(e.type()) ? "Separation of duties" : "Forbidden", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemResponses.withViolations(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                List.of(new FieldViolation(e.getName(), "format",
                        "'" + e.getValue() + "' is not a valid " + typeName(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                        "Request body too large", tooLarge.getMessage());
                problem.setProperty("maxBytes", tooLarge.maxBytes());
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        FieldViolation violation = violationOf(e);
        return ResponseEntity.badRequest().body(ProblemResponses.withViolations(HttpStatus.BAD_REQUEST,
                "invalid-input", "Invalid input", List.of(violation)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), String.valueOf(f.getCode()), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(ProblemResponses.withViolations(HttpStatus.BAD_REQUEST,
                "invalid-input", "Invalid input", violations));
    }

    /** Spring MVC's own refusals (405, 406, 415, a missing parameter) carry Vigil's type for their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring builds the body from the exception inside super when none is given: name its type after
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(ProblemResponses.TYPE_BASE + ProblemResponses.typeFor(status.value())));
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The server failed to handle the request; nothing was recorded.");
    }

    static FieldViolation violationOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldViolation(path(unknown), "unknown-field",
                    "'" + unknown.getPropertyName() + "' is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format) {
            String allowed = format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "; one of " + java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "))
                    : "";
            return new FieldViolation(path(format), "format",
                    "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType()) + allowed);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? new FieldViolation("body", "type", "expected a JSON object")
                    : new FieldViolation(path(mismatch), "type", "expected " + typeName(mismatch.getTargetType()));
        }
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            return new FieldViolation(path(json), "format", json.getOriginalMessage());
        }
        if (cause instanceof JacksonException json) {
            return new FieldViolation("body", "malformed-json", json.getOriginalMessage());
        }
        return new FieldViolation("body", "required", "a JSON request body is required");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "timestamp (ISO-8601, e.g. 2026-11-20T09:30:00Z)";
            case "UUID" -> "UUID";
            case "boolean", "Boolean" -> "boolean";
            case "int", "Integer", "long", "Long" -> "integer";
            case "List", "Set" -> "array";
            default -> type.getSimpleName();
        };
    }
}
