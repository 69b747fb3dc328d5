package dev.vigil.infra;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which parts of the dev stack one process runs: {@code postgres}, {@code kafka} and services by name,
 * each service optionally on a port of its own ({@code review@8092}), e.g.
 * {@code -Dvigil.stack.parts=review@8092} for a second review-service beside a running stack.
 * Parts not run here are expected on their usual ports.
 *
 * @param services the services to start, in start order, with their HTTP ports
 */
record StackParts(boolean postgres, boolean kafka, Map<VigilService, Integer> services) {

    static final String ALL = "postgres,kafka,incident,review,policy,notification";

    static StackParts parse(String spec) {
        boolean postgres = false;
        boolean kafka = false;
        Map<VigilService, Integer> services = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            switch (name) {
                case "postgres" -> postgres = true;
                case "kafka" -> kafka = true;
                default -> {
                    String[] serviceAndPort = name.split("@", 2);
                    VigilService service = Arrays.stream(VigilService.values())
                            .filter(s -> s.context().equals(serviceAndPort[0]))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("vigil.stack.parts: no part named '" + part
                                    + "' (postgres, kafka, incident, review, policy, notification; a service may name "
                                    + "its port: review@8092)"));
                    services.put(service, serviceAndPort.length == 2 ? Integer.parseInt(serviceAndPort[1])
                            : service.defaultPort());
                }
            }
        }
        return new StackParts(postgres, kafka, services);
    }

    boolean isAll() {
        return postgres && kafka && services.size() == VigilService.values().length
                && services.entrySet().stream().allMatch(e -> e.getKey().defaultPort() == e.getValue());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (postgres) {
            text.append("postgres,");
        }
        if (kafka) {
            text.append("kafka,");
        }
        services.forEach((service, port) -> text.append(service.context()).append('@').append(port).append(','));
        return text.isEmpty() ? "nothing" : text.substring(0, text.length() - 1);
    }
}
