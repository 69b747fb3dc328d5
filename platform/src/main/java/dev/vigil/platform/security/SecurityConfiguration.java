package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.correlation.CorrelationIdFilter;
import dev.vigil.platform.problem.ProblemWriter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every request is authenticated: by a JWT from the configured OIDC issuer, or (dev stack and tests
 * only) by HTTP Basic as a configured dev user. Every route is authorised by the service's
 * {@link AccessRules}; health probes are the only open routes. Failures are logged with the route
 * and the reason, never with a token or a password.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** The protection space named in every challenge. */
    public static final String REALM = "vigil";

    /**
     * Spring Security observes nothing of its own (the filter chain with an event per filter, each
     * authentication and authorisation): the request's own observation ({@code http.server.requests},
     * its span and timer) covers them, failures are logged here, and those observations took about a
     * tenth of a declaration's request CPU (JFR).
     */
    @Bean
    SecurityObservationSettings vigilSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain vigilSecurity(HttpSecurity http, VigilProperties properties, ObjectProvider<AccessRules> rules,
                                      ObjectProvider<JwtDecoder> jwtDecoder, Environment environment) throws Exception {
        List<VigilProperties.DevUser> devUsers = properties.security().devUsers();
        refuseUnsafeProductionSettings(environment, devUsers);
        boolean tokens = jwtDecoder.getIfAvailable() != null;
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            log.warn("Authentication failed: {} {} ({})", request.getMethod(), request.getRequestURI(), reason(e));
            challenges(tokens, !devUsers.isEmpty(), e).forEach(c -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, c));
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    tokenError(e).map(code -> "The bearer token was refused (" + code + "); send a valid one.")
                            .orElse("Send a valid bearer token" + (devUsers.isEmpty() ? "." : " or dev-user credentials.")));
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            log.warn("Access denied: {} {} for {}", request.getMethod(), request.getRequestURI(), principal(request));
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this.");
        };
        AccessRules table = rules.getIfAvailable(() -> List::of);
        List<RouteAccess> routes = table.routes();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    // the container's own forward to the error page, never a request from outside: GET /error is denied
                    auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    for (RouteAccess route : table.openRoutes()) {
                        auth.requestMatchers(route.method(), route.pattern()).permitAll();
                    }
                    for (RouteAccess route : routes) {
                        auth.requestMatchers(route.method(), route.pattern()).hasAnyRole(route.roles().stream()
                                .map(Role::name).toArray(String[]::new));
                    }
                    // deny by default: a route missing from the table is open to no one
                    auth.anyRequest().denyAll();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterBefore(new CorrelationIdFilter(), BasicAuthenticationFilter.class);
        if (!devUsers.isEmpty()) {
            Map<String, VigilProperties.DevUser> byName = devUsers.stream()
                    .collect(Collectors.toMap(VigilProperties.DevUser::username, u -> u));
            // a fresh principal per look-up: Spring Security erases the password of the one it authenticates
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                    .userDetailsService(username -> Optional.ofNullable(byName.get(username))
                            .map(SecurityConfiguration::userDetails)
                            .orElseThrow(() -> new UsernameNotFoundException("no such dev user")));
        }
        if (tokens) {
            http.oauth2ResourceServer(rs -> rs
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(denied)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtRoles(properties.security()))));
        }
        return http.build();
    }

    /**
     * Dev users (known passwords) exist only under the dev or test profile: a deployment that forgot
     * its profile fails closed. Production accepts tokens only, from a named issuer for a named audience.
     */
    static void refuseUnsafeProductionSettings(Environment environment, List<VigilProperties.DevUser> devUsers) {
        boolean devOrTest = environment.acceptsProfiles(Profiles.of("dev | test"));
        if (!devUsers.isEmpty() && (!devOrTest || environment.acceptsProfiles(Profiles.of("prod")))) {
            throw new IllegalStateException("vigil.security.dev-users is set, but dev users are refused "
                    + "outside the dev and test profiles (and always under prod): remove them and configure the OIDC issuer");
        }
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        if (environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "").isBlank()
                || environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences", "").isBlank()) {
            throw new IllegalStateException("the prod profile needs spring.security.oauth2.resourceserver.jwt.issuer-uri "
                    + "and spring.security.oauth2.resourceserver.jwt.audiences: tokens are checked for both");
        }
    }

    private static UserDetails userDetails(VigilProperties.DevUser user) {
        // {noop}: dev users exist only in the dev stack and tests, where a hash per request is just slow
        return new DevPrincipal(user.username(), "{noop}" + user.password(), user.displayName(),
                user.roles().stream().map(r -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r)).toList());
    }

    /** Why authentication failed, without echoing what was sent. */
    private static String reason(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError() != null) {
            return "token rejected: " + oauth.getError().getErrorCode();
        }
        return e.getClass().getSimpleName();
    }

    private static String principal(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }

    /**
     * The challenges of a 401 (RFC 9110 11.6.1, RFC 6750 3): {@code Bearer} where tokens are accepted,
     * naming the token's error when one was sent and refused; {@code Basic} where dev users exist.
     */
    static List<String> challenges(boolean tokens, boolean devUsers, AuthenticationException e) {
        List<String> challenges = new ArrayList<>();
        if (tokens) {
            challenges.add("Bearer realm=\"" + REALM + "\"" + tokenError(e)
                    .map(code -> ", error=\"" + code + "\", error_description=\"" + describe(code) + "\"").orElse(""));
        }
        if (devUsers) {
            challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        return challenges;
    }

    /** The RFC 6750 error code of a refused bearer token ({@code invalid_token}, {@code invalid_request}), if one was sent. */
    static Optional<String> tokenError(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError() != null
                && oauth.getError().getErrorCode() != null) {
            return Optional.of(oauth.getError().getErrorCode());
        }
        return Optional.empty();
    }

    private static String describe(String errorCode) {
        return switch (errorCode) {
            case "invalid_token" -> "The token is expired, not yet valid, badly signed, or not for this issuer or audience";
            case "invalid_request" -> "The request carries a malformed token";
            case "insufficient_scope" -> "The token does not grant this";
            default -> "The token was refused";
        };
    }

    /**
     * Requests Spring Security's firewall refuses (a {@code //}, a {@code ;} path parameter, an encoded
     * {@code /} or {@code %}, a control character, a header value it will not read) get a 400 problem.
     */
    @Bean
    RequestRejectedHandler problemOnRejectedRequest() {
        return (request, response, e) -> {
            log.warn("Request rejected by the firewall: {} ({})", request.getMethod(), e.getMessage());
            ProblemWriter.write(response, HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
                    "The request's URL or headers are not accepted: no '//', ';' path parameters, encoded '/', '\\' "
                            + "or '%', '.' segments, or control characters.");
        };
    }
}
