package dev.vigil.platform.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NestedTypeNamesTest {

    record ReviewView(String id, List<Step> history) {
        record Step(String from, String to) {
        }
    }

    record ActionItemView(String id, List<Step> history) {
        record Step(int from, int to, String reason) {
        }
    }

    record Both(ReviewView review, ActionItemView item) {
    }

    record Page<T>(List<T> items, int page) {
    }

    record Pages(Page<ReviewView.Step> steps) {
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas(Class<?> type, boolean named) {
        ModelConverters converters = new ModelConverters(true);
        if (named) {
            converters.addConverter(new NestedTypeNames());
        }
        return converters.readAll(new AnnotatedType(type));
    }

    @Test
    void two_nested_types_with_one_simple_name_are_two_schemas_named_by_their_enclosing_type() {
        var schemas = schemas(Both.class, true);

        assertThat(schemas).containsKeys("NestedTypeNamesTest.ReviewView.Step", "NestedTypeNamesTest.ActionItemView.Step");
        assertThat(schemas.get("NestedTypeNamesTest.ActionItemView.Step").getProperties()).containsKey("reason");
        assertThat(schemas.get("NestedTypeNamesTest.ReviewView.Step").getProperties()).doesNotContainKey("reason");
        assertThat(((Schema<?>) schemas.get("NestedTypeNamesTest.ReviewView").getProperties().get("history")).getItems().get$ref())
                .isEqualTo("#/components/schemas/NestedTypeNamesTest.ReviewView.Step");
        assertThat(((Schema<?>) schemas.get("NestedTypeNamesTest.ActionItemView").getProperties().get("history")).getItems().get$ref())
                .isEqualTo("#/components/schemas/NestedTypeNamesTest.ActionItemView.Step");
    }

    @Test
    void without_it_swagger_core_makes_one_schema_of_both() {
        assertThat(schemas(Both.class, false).keySet()).filteredOn(name -> name.endsWith("Step")).hasSize(1);
    }

    @Test
    void a_generic_type_of_a_nested_type_is_named_by_both() {
        assertThat(schemas(Pages.class, true)).containsKey("PageNestedTypeNamesTest.ReviewView.Step");
    }
}
