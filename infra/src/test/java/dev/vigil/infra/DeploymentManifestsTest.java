package dev.vigil.infra;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every manifest in infra/kubernetes read into fabric8's Kubernetes model (what {@code kubectl apply
 * --dry-run=client} would parse), and held to what a production deployment needs; the compose file
 * parsed and held to loopback-only ports.
 */
class DeploymentManifestsTest {

    static final Path KUBERNETES = Path.of("kubernetes");
    static List<HasMetadata> resources;

    @BeforeAll
    static void readManifests() throws IOException {
        resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object parsed = Serialization.unmarshal(in);
                    if (parsed instanceof KubernetesList list) {
                        resources.addAll(list.getItems());
                    } else if (parsed instanceof Collection<?> many) {
                        many.forEach(item -> resources.add((HasMetadata) item));
                    } else {
                        resources.add((HasMetadata) parsed);
                    }
                }
            }
        }
    }

    static <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void there_is_a_deployment_service_disruption_budget_and_network_policy_for_every_service() {
        for (VigilService service : VigilService.values()) {
            String name = service.context() + "-service";
            Deployment deployment = deployment(name);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(podLabels);

            Service svc = all(Service.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Service " + name));
            assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
            assertThat(svc.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getPort()).isEqualTo(service.defaultPort()));

            assertThat(all(PodDisruptionBudget.class)).as("PodDisruptionBudget of " + name).anySatisfy(pdb -> {
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                assertThat(pdb.getSpec().getMinAvailable() != null || pdb.getSpec().getMaxUnavailable() != null).isTrue();
            });
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas, for its budget").isGreaterThan(1);

            assertThat(all(NetworkPolicy.class)).as("NetworkPolicy admitting " + name + "'s port").anySatisfy(policy -> {
                assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
                assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress", "Egress");
                List<NetworkPolicyPort> ports = java.util.Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of()).stream()
                        .flatMap(rule -> rule.getPorts().stream()).toList();
                assertThat(ports).anySatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(service.defaultPort()));
            });
        }
        // everything else is refused: a default-deny policy for every Vigil pod
        assertThat(all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/part-of", "vigil");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        });
    }

    @Test
    void every_service_starts_under_the_production_profile_with_what_it_requires_set_in_one_place() {
        ConfigMap settings = all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals("vigil-settings"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap vigil-settings"));
        // what the prod profile refuses to start without (ProductionSettingsTest in platform)
        assertThat(settings.getData()).hasEntrySatisfying("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI",
                v -> assertThat(v).startsWith("https://"));
        assertThat(settings.getData()).hasEntrySatisfying("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES",
                v -> assertThat(v).isNotBlank());
        assertThat(settings.getData()).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "VIGIL_SECURITY_ROLESCLAIM");
        for (VigilService service : VigilService.values()) {
            String name = service.context() + "-service";
            Container container = container(deployment(name));
            assertThat(container.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                    .contains(org.assertj.core.groups.Tuple.tuple("SPRING_PROFILES_ACTIVE", "prod"));
            assertThat(container.getEnvFrom()).extracting(EnvFromSource::getConfigMapRef).filteredOn(java.util.Objects::nonNull)
                    .extracting(ref -> ref.getName()).containsExactly("vigil-settings");
            assertThat(container.getEnvFrom()).extracting(EnvFromSource::getSecretRef).filteredOn(java.util.Objects::nonNull)
                    .extracting(ref -> ref.getName()).contains("vigil-" + name + "-datasource");
            // nothing in the environment may configure dev users, which prod refuses
            assertThat(container.getEnv()).extracting(EnvVar::getName).noneMatch(n -> n.startsWith("VIGIL_SECURITY_DEVUSERS"));
            assertThat(settings.getData().keySet()).noneMatch(n -> n.startsWith("VIGIL_SECURITY_DEVUSERS"));
            assertThat(container.getPorts()).anySatisfy(p -> {
                assertThat(p.getContainerPort()).isEqualTo(service.defaultPort());
                assertThat(p.getName()).isEqualTo("http");
            });
        }
    }

    @Test
    void containers_have_probes_resources_and_run_as_non_root_on_a_read_only_root_filesystem() {
        for (VigilService service : VigilService.values()) {
            String name = service.context() + "-service";
            Deployment deployment = deployment(name);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = container(deployment);

            assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", name + " readiness");
            assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", name + " liveness");
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");

            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isPositive();
            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            var security = container.getSecurityContext();
            assertThat(security.getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(security.getCapabilities().getDrop()).as(name).contains("ALL");
            // the one writable place: /tmp, an emptyDir
            String tmpVolume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " mounts nothing on /tmp")).getName();
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
            assertThat(volume.getEmptyDir()).as(name + " /tmp").isNotNull();
            // no field the model does not know (a typo kubectl would reject or ignore)
            assertThat(container.getAdditionalProperties()).as(name + " container").isEmpty();
            assertThat(pod.getAdditionalProperties()).as(name + " pod").isEmpty();
            assertThat(deployment.getSpec().getAdditionalProperties()).as(name + " deployment").isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_publishes_every_port_on_loopback_only() throws IOException {
        Map<String, Object> compose;
        try (Reader in = Files.newBufferedReader(Path.of("compose/compose.yaml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "kafka", "incident-service", "review-service", "policy-service",
                "notification-service");
        int published = 0;
        for (var service : services.entrySet()) {
            for (Object port : (List<Object>) service.getValue().getOrDefault("ports", List.of())) {
                published++;
                assertThat(port).as(service.getKey() + " port " + port).isInstanceOf(String.class);
                assertThat((String) port).as(service.getKey() + " port")
                        .matches("^(127\\.0\\.0\\.1|\\$\\{VIGIL_BIND_ADDRESS:-127\\.0\\.0\\.1}):\\d+:\\d+$");
            }
        }
        assertThat(published).isGreaterThanOrEqualTo(6);
        for (VigilService service : VigilService.values()) {
            Map<String, Object> definition = services.get(service.context() + "-service");
            assertThat((List<String>) definition.get("ports")).anySatisfy(port ->
                    assertThat(port).endsWith(":" + service.defaultPort() + ":" + service.defaultPort()));
        }
    }

    private static void assertProbe(Probe probe, String path, String what) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what).isEqualTo("http");
    }

    private static Deployment deployment(String name) {
        return all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }
}
