package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.correlation.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.io.IOException;
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

    @Bean
    SecurityFilterChain vigilSecurity(HttpSecurity http, VigilProperties properties, ObjectProvider<AccessRules> rules,
                                      ObjectProvider<JwtDecoder> jwtDecoder, Environment environment) throws Exception {
        List<VigilProperties.DevUser> devUsers = properties.security().devUsers();
        refuseUnsafeProductionSettings(environment, devUsers);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            log.warn("Authentication failed: {} {} ({})", request.getMethod(), request.getRequestURI(), reason(e));
            if (!devUsers.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"vigil\"");
            }
            writeProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a valid bearer token" + (devUsers.isEmpty() ? "." : " or dev-user credentials."));
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            log.warn("Access denied: {} {} for {}", request.getMethod(), request.getRequestURI(), principal(request));
            writeProblem(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your roles do not allow this.");
        };
        List<RouteAccess> routes = rules.getIfAvailable(() -> List::of).routes();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
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
        if (jwtDecoder.getIfAvailable() != null) {
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

    static void writeProblem(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://vigil.dev/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
