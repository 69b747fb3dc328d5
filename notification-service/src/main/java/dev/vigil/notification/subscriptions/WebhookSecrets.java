package dev.vigil.notification.subscriptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Webhook signing secrets ({@code webhook_secret}), one per subscription with a webhook: shown once,
 * when made, and read back only to sign. In the Standard Webhooks form {@code whsec_} + base64 of 24
 * random bytes; the signing key is the decoded bytes.
 */
@Component
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    WebhookSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String generate() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    void put(String subscriptionId, String secret) {
        jdbc.sql("""
                        insert into webhook_secret (subscription_id, secret) values (:id, :secret)
                        on conflict (subscription_id) do update set secret = excluded.secret""")
                .param("id", subscriptionId).param("secret", secret).update();
    }

    /** The key to sign a subscription's webhooks with. */
    public Optional<byte[]> key(String subscriptionId) {
        return jdbc.sql("select secret from webhook_secret where subscription_id = :id").param("id", subscriptionId)
                .query(String.class).optional()
                .map(s -> Base64.getDecoder().decode(s.substring(PREFIX.length())));
    }
}
