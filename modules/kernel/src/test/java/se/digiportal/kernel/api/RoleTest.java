package se.digiportal.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void annotationConstantsNameExactlyTheRoles() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field f : Role.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertThat(f.get(null)).isEqualTo(f.getName());
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }
}
