package se.digiportal.beredning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;

class InviteesTest {

    @Test
    void typed_addresses_are_split_on_commas_semicolons_and_spaces() {
        assertThat(Invitees.parse(" a@x.se, b@y.se;c@z.se  d@w.se,,")).containsExactly("a@x.se", "b@y.se", "c@z.se",
                "d@w.se");
        assertThat(Invitees.parse(null)).isEmpty();
    }

    @Test
    void the_contact_comes_first_and_each_address_once() {
        assertThat(Invitees.of("anna@adalen.example", List.of("Anna@Adalen.example", "kalle@adalen.example")))
                .containsExactly("anna@adalen.example", "kalle@adalen.example");
    }

    @Test
    void an_invalid_address_is_refused_at_the_invitees_field() {
        assertThatThrownBy(() -> Invitees.of("anna@adalen.example", List.of("kalle.adalen.example")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("invitees"));
    }

    @Test
    void nobody_to_invite_is_refused() {
        assertThatThrownBy(() -> Invitees.of(null, List.of())).isInstanceOf(InvalidInputException.class);
    }
}
