package dev.vigil.incident.details;

import dev.vigil.incident.IncidentServiceApplication;
import dev.vigil.incident.api.IncidentDeclarationApiTest;
import dev.vigil.incident.FixedClockConfiguration;
import dev.vigil.platform.test.ApiClient;
import dev.vigil.platform.test.VigilTest;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A read model emptied and rebuilt from the event store serves exactly what the live one served. */
@VigilTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IncidentServiceApplication.CONFIG)
@Import(FixedClockConfiguration.class)
class ReadModelRebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentReadModelRebuild rebuild;
    @Autowired
    Configuration axon;

    @Test
    void many_incidents_rebuilt_in_one_pass_over_the_store_equal_the_live_views() {
        ApiClient carl = ApiClient.as("carl", port);
        Map<String, JsonNode> live = new HashMap<>();
        int count = IncidentReadModelRebuild.ONE_BY_ONE + 5;
        for (int i = 0; i < count; i++) {
            Map<String, Object> declaration = IncidentDeclarationApiTest.declaration();
            declaration.put("title", "Rebuilt incident " + i);
            String id = carl.post("/api/incidents", declaration).json().get("id").asString();
            if (i % 3 == 0) {
                assertThat(carl.post("/api/incidents/" + id + "/severity",
                        Map.of("severity", "SEV1", "reason", "harm confirmed " + i)).status()).isEqualTo(200);
            }
            live.put(id, carl.get("/api/incidents/" + id).json());
        }

        jdbc.sql("delete from incident_view").update();
        // small batches, so that views are written while later incidents are still being read
        int rebuilt = rebuild.rebuildWhatIsBehind(IncidentReadModelRebuild.ONE_BY_ONE, 4);

        assertThat(rebuilt).isGreaterThanOrEqualTo(count);
        live.forEach((id, view) -> assertThat(carl.get("/api/incidents/" + id).json()).as(id).isEqualTo(view));
        assertThat(rebuild.rebuildWhatIsBehind()).as("nothing left behind").isZero();
    }

    @Test
    void the_event_serializer_reads_metadata_with_vigils_reader() {
        var mapper = ((Jackson3Serializer) axon.eventSerializer()).getObjectMapper();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("vigil-metadata");
    }
}
