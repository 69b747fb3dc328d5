package dev.vigil.platform.web;

import dev.vigil.platform.problem.ProblemResponses;
import dev.vigil.platform.problem.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The container's error page ({@code /error}): what the servlet container refused or failed at, as
 * problem+json with the status the container chose, instead of Boot's JSON or Tomcat's HTML. Only the
 * container's own error dispatch reaches it (security denies {@code GET /error} from outside); a
 * client error stays a 4xx, never a 500.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String type = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof RequestRejectedException
                ? "request-rejected" : ProblemResponses.typeFor(status.value());
        String detail = status.is5xxServerError()
                ? "The server failed to handle the request; nothing was recorded."
                : "The request was refused: " + status.getReasonPhrase() + ".";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.body(status, type, status.getReasonPhrase(), detail, Map.of()));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof RequestRejectedException) {
            return HttpStatus.BAD_REQUEST;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || request.getDispatcherType() != DispatcherType.ERROR) {
            // reached without an error to report: there is nothing here
            return HttpStatus.NOT_FOUND;
        }
        return status;
    }
}
