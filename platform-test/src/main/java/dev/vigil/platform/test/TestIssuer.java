package dev.vigil.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A real OIDC issuer for tests: an HTTP server on localhost that publishes its discovery document
 * and JWKS, with an RSA key made in the test JVM, and mints tokens, good ones and bad ones.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "vigil";
    private static TestIssuer instance;

    private final String issuer;
    private final RSAKey key;
    private final RSAKey impostor;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            // same key id, different key: what a forger would sign with
            impostor = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/vigil";
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            String discovery = """
                    {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                     "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                     "response_types_supported":["code"],"authorization_endpoint":"%s/auth","token_endpoint":"%s/token"}"""
                    .formatted(issuer, issuer, issuer, issuer);
            server.createContext("/realms/vigil/.well-known/openid-configuration", exchange -> {
                respond(exchange, discovery);
            });
            server.createContext("/realms/vigil/protocol/openid-connect/certs", exchange -> respond(exchange, jwks));
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "test-issuer");
                t.setDaemon(true);
                return t;
            }));
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            instance = new TestIssuer();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** A token as the issuer would mint it, for a subject with a name and realm roles. */
    public Token token(String subject, String name, List<String> roles) {
        return new Token(this, new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(Instant.now()))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .claim("name", name)
                .claim("realm_access", Map.of("roles", roles)), key);
    }

    /** A token under construction: change what a test needs, then {@link #signed()}. */
    public record Token(TestIssuer issuer, JWTClaimsSet.Builder claims, RSAKey signingKey) {

        public Token issuedBy(String otherIssuer) {
            claims.issuer(otherIssuer);
            return this;
        }

        public Token forAudience(String audience) {
            claims.audience(audience);
            return this;
        }

        public Token expired() {
            claims.issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                    .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))));
            return this;
        }

        public Token notYetValid() {
            claims.notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
            return this;
        }

        public Token signedByImpostor() {
            return new Token(issuer, claims, issuer.impostor);
        }

        public String signed() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same claims with {@code alg: none} and no signature. */
        public String unsigned() {
            return new PlainJWT(claims.build()).serialize();
        }
    }
}
