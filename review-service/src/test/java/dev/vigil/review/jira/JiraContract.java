package dev.vigil.review.jira;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request Vigil sent to the Jira stub, and every successful answer of the stub, checked against the OpenAPI
 * excerpt of Atlassian's Jira Cloud platform specification in {@code src/test/resources/jira} (the operations Vigil
 * uses, with the schemas they reference), by Atlassian's openapi-request-validator (the one platform-test checks answers with).
 */
final class JiraContract {

    static final String SPEC = "/jira/jira-openapi-excerpt.json";

    private final OpenApiInteractionValidator validator;

    JiraContract() {
        try (InputStream spec = JiraContract.class.getResourceAsStream(SPEC)) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                    new String(spec.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems with one exchange; a response is checked when it is a success with a body (Jira answers an edit
     * or a transition with 204 and no body, where the published description names a schema).
     */
    List<String> check(LoggedRequest logged, LoggedResponse response) {
        Request request = request(logged);
        ValidationReport report = response != null && response.getStatus() >= 200 && response.getStatus() < 300
                && response.getStatus() != 204
                ? validator.validate(request, SimpleResponse.Builder.status(response.getStatus())
                        .withContentType(response.getHeaders() == null || response.getHeaders().getContentTypeHeader() == null
                                || !response.getHeaders().getContentTypeHeader().isPresent() ? "application/json"
                                : response.getHeaders().getContentTypeHeader().firstValue())
                        .withBody(response.getBodyAsString() == null || response.getBodyAsString().isEmpty() ? null
                                : response.getBodyAsString()).build())
                : validator.validateRequest(request);
        List<String> problems = new ArrayList<>();
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(logged.getMethod() + " " + logged.getUrl() + ": " + m.getKey() + " " + m.getMessage()));
        return problems;
    }

    List<String> checkRequest(Request request) {
        return validator.validateRequest(request).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(m -> m.getKey() + " " + m.getMessage())
                .toList();
    }

    static Request request(LoggedRequest logged) {
        URI uri = URI.create(logged.getUrl());
        SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                builder.withQueryParam(name, value);
            }
        }
        for (var header : logged.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        String body = logged.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }
}
