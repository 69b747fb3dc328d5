package dev.vigil.platform.security;

import dev.vigil.platform.VigilProperties;
import dev.vigil.platform.messaging.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.core.convert.converter.Converter;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Every request is authenticated: by a JWT from the configured OIDC issuer in production, or by
 * HTTP Basic as one of the configured dev users. Health probes are the only open route.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain vigilSecurity(HttpSecurity http, VigilProperties properties,
                                      ObjectProvider<JwtDecoder> jwtDecoder, Environment environment) throws Exception {
        List<VigilProperties.DevUser> devUsers = properties.security().devUsers();
        if (!devUsers.isEmpty() && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("vigil.security.dev-users is set, but dev users are refused "
                    + "under the prod profile: remove them and configure the OIDC issuer");
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            log.info("Authentication failed for {} {}: {}", request.getMethod(),
                                    request.getRequestURI(), ex.getClass().getSimpleName());
                            if (!devUsers.isEmpty()) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"vigil\"");
                            }
                            writeProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Authentication required", "Send a bearer token (or dev-user credentials).");
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            log.info("Access denied for {} {}", request.getMethod(), request.getRequestURI());
                            writeProblem(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                    "Your roles do not allow this.");
                        }))
                .addFilterBefore(new CorrelationIdFilter(), BasicAuthenticationFilter.class);
        if (!devUsers.isEmpty()) {
            http.httpBasic(basic -> { })
                    .userDetailsService(new InMemoryUserDetailsManager(devUsers.stream()
                            .map(SecurityConfiguration::userDetails).toList()));
        }
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter(
                    properties.security().rolesClaim()))));
        }
        return http.build();
    }

    private static UserDetails userDetails(VigilProperties.DevUser user) {
        // {noop}: dev users exist only in the dev stack and tests, where a hash per request is just slow
        return new DevPrincipal(user.username(), "{noop}" + user.password(), user.displayName(),
                user.roles().stream().map(r -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r)).toList());
    }

    static void writeProblem(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"https://vigil.dev/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Reads Vigil roles from a configurable claim of the token (a list of role names). */
    static final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        private final String claim;

        RolesClaimConverter(String claim) {
            this.claim = claim;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<String> roles = jwt.getClaimAsStringList(claim);
            var authorities = (roles == null ? List.<String>of() : roles).stream()
                    .map(r -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r.toUpperCase()))
                    .toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
