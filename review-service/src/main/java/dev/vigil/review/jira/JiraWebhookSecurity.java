package dev.vigil.review.jira;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Jira calls the webhook receiver without a Vigil login: this chain, ahead of the platform's, lets a POST to it
 * through to the controller, which checks the secret in its URL (401 when wrong, 404 when no webhook is set up).
 * Every other method on the path is refused.
 */
@Configuration(proxyBeanMethods = false)
class JiraWebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain jiraWebhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(JiraController.WEBHOOK)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, JiraController.WEBHOOK).permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
