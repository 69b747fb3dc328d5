package dev.vigil.platform.web;

import dev.vigil.platform.problem.ProblemResponses;
import dev.vigil.platform.problem.ProblemWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a request it refused before any servlet saw it (a malformed header, an
 * encoded slash, a request line over the header limit): problem+json instead of Tomcat's HTML page.
 * Errors inside the application go to the error page ({@link ProblemErrorController}) first; this
 * writes only where nothing else did.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = status >= 500 ? "The server failed to handle the request; nothing was recorded."
                : "The server refused the request before reading it: " + title + ".";
        try {
            Map<String, Object> problem = ProblemWriter.body(known == null ? HttpStatus.BAD_REQUEST : known,
                    ProblemResponses.typeFor(status), title, detail, Map.of());
            problem.put("status", status);
            byte[] body = JSON.writeValueAsBytes(problem);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }
}
