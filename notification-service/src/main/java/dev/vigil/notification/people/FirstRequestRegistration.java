package dev.vigil.notification.people;

import dev.vigil.notification.people.PeopleCommands.RegisterPerson;
import dev.vigil.platform.security.Actor;
import dev.vigil.platform.security.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a person in the directory on their first authenticated request: name and email from the
 * token's {@code name} and {@code email} claims ({@code preferred_username} when it is an address);
 * a dev user (no token) gets {@code <username>@vigil.local}. Registered once: a subject already in
 * the directory (or seen by this instance) costs no command, and a second registration records
 * nothing. Never fails the request it rides on.
 */
@Component
class FirstRequestRegistration extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FirstRequestRegistration.class);

    private final People people;
    private final CommandGateway commands;
    private final String devEmailDomain;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    FirstRequestRegistration(People people, CommandGateway commands,
                             @Value("${vigil.notification.people.dev-email-domain:vigil.local}") String devEmailDomain) {
        this.people = people;
        this.commands = commands;
        this.devEmailDomain = devEmailDomain;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.get();
        if (actor.isPresent() && !known.contains(actor.get().subject())) {
            register(actor.get());
        }
        chain.doFilter(request, response);
    }

    private void register(Actor actor) {
        try {
            if (people.find(actor.subject()).isEmpty()) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                RegisterPerson command = switch (auth.getPrincipal()) {
                    case Jwt jwt -> new RegisterPerson(actor.subject(), name(jwt, actor), email(jwt), "token");
                    case UserDetails dev -> new RegisterPerson(actor.subject(), actor.displayName(),
                            dev.getUsername() + "@" + devEmailDomain, "dev-user");
                    default -> new RegisterPerson(actor.subject(), actor.displayName(), null, "token");
                };
                commands.sendAndWait(command);
            }
            known.add(actor.subject());
        } catch (RuntimeException e) {
            // a concurrent first request registered them; or the store is down, and the next request tries again
            log.info("Directory registration of {} not recorded now: {}", actor.subject(), e.toString());
        }
    }

    private static String name(Jwt jwt, Actor actor) {
        String name = jwt.getClaimAsString("name");
        return name != null && !name.isBlank() ? name : actor.displayName();
    }

    static String email(Jwt jwt) {
        String email = jwt.getClaimAsString("email");
        if (email != null && email.contains("@")) {
            return email;
        }
        String preferred = jwt.getClaimAsString("preferred_username");
        return preferred != null && preferred.contains("@") ? preferred : null;
    }
}
