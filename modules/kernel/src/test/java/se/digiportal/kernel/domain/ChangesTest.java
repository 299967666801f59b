package se.digiportal.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void keepsOnlyChangedFieldsInNameOrder() {
        Map<String, Object> before = Map.of("name", "Socialförvaltningen", "active", true, "code", "SOC");
        Map<String, Object> after = Map.of("name", "Vård- och omsorgsförvaltningen", "active", false, "code", "SOC");

        Changes changes = Changes.between(before, after);

        assertThat(changes.fields()).containsExactly(
                new FieldChange("active", "true", "false"),
                new FieldChange("name", "Socialförvaltningen", "Vård- och omsorgsförvaltningen"));
    }

    @Test
    void creationHasNoBeforeValues() {
        Changes changes = Changes.between(Map.of(), Map.of("code", "SOC"));
        assertThat(changes.fields()).containsExactly(new FieldChange("code", null, "SOC"));
    }

    @Test
    void nullsCompareAsEqual() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("email", null);
        assertThat(Changes.between(withNull, withNull).isEmpty()).isTrue();
    }

    @Test
    void survivesTheJsonRoundTrip() {
        Map<String, Object> after = new HashMap<>();
        after.put("title", "Åäö \"citat\"\nny rad");
        after.put("parentId", null);
        Changes changes = Changes.between(Map.of("parentId", 3L), after);

        Changes read = Changes.fromJson(changes.toJson());

        assertThat(read.fields()).isEqualTo(changes.fields());
        assertThat(Changes.fromJson(null).isEmpty()).isTrue();
    }
}
