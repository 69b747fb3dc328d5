package dev.vigil.platform.observability;

import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs after authentication: puts the actor and the incident the path names in the logging context
 * (the correlation id is there already), so every line written while the request is handled carries
 * them, and writes one DEBUG line per request with its outcome and duration.
 */
public class RequestLogContextFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLogContextFilter.class);
    /** {@code /api/incidents/{id or key}/...}, in every service that knows incidents. */
    private static final Pattern INCIDENT_PATH = Pattern.compile("^/api/incidents/([A-Za-z0-9-]{1,64})(?:/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> values = new HashMap<>();
        CurrentActor.get().map(Actor::subject).ifPresent(subject -> values.put(LogContext.ACTOR, subject));
        Matcher incident = INCIDENT_PATH.matcher(request.getRequestURI());
        if (incident.matches()) {
            values.put(LogContext.INCIDENT_ID, incident.group(1));
        }
        Map<String, String> before = LogContext.put(values);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isDebugEnabled()) {
                log.debug("{} {} answered {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            LogContext.restore(before);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
