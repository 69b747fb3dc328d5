package dev.vigil.notification.messages;

import dev.vigil.notification.subscriptions.WebhookSecrets;
import dev.vigil.notification.subscriptions.WebhookTargets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a message to its webhook, signed the Standard Webhooks way: {@code webhook-id} is the message
 * id (the same on every retry, for the receiver to drop duplicates), {@code webhook-timestamp} the
 * attempt's time in epoch seconds, {@code webhook-signature} the HMAC. The target passes the SSRF
 * guard again first (a name may resolve elsewhere now); redirects are not followed.
 */
@Component
class WebhookChannel {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final WebhookTargets targets;
    private final WebhookSecrets secrets;
    private final JsonMapper json;
    private final Clock clock;

    WebhookChannel(WebhookTargets targets, WebhookSecrets secrets, JsonMapper json, Clock clock) {
        this.targets = targets;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    Outcome send(MessageView message) {
        WebhookTargets.Verdict verdict = targets.check(message.recipient());
        if (!verdict.allowed()) {
            return Outcome.refused("target refused: " + verdict.refusal());
        }
        Optional<byte[]> key = secrets.key(message.subscriptionId());
        if (key.isEmpty()) {
            return Outcome.refused("the subscription has no webhook secret");
        }
        String body = body(message);
        long timestamp = clock.instant().getEpochSecond();
        String id = message.id().toString();
        HttpRequest request = HttpRequest.newBuilder(verdict.uri())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Vigil-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(key.get(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            return code >= 200 && code < 300 ? Outcome.delivered(code)
                    : Outcome.failed(code, "the receiver answered " + code);
        } catch (IOException e) {
            return Outcome.failed(null, "HTTP: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }

    /** The payload: {@code type}, {@code timestamp} and {@code data}, as Standard Webhooks suggests. */
    String body(MessageView message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messageId", message.id().toString());
        data.put("subscriptionId", message.subscriptionId());
        data.put("fact", message.fact());
        data.put("factType", message.factType());
        data.put("factEventId", message.factEventId());
        data.put("incidentId", message.incidentId() == null ? null : message.incidentId().toString());
        data.put("incidentKey", message.incidentKey());
        data.put("subject", message.subject());
        data.put("text", message.body());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "vigil." + message.fact().toLowerCase(java.util.Locale.ROOT));
        payload.put("timestamp", message.factTime() == null ? message.queuedAt().toString() : message.factTime().toString());
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }
}
