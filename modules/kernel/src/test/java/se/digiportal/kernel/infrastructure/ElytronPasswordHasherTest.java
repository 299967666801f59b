package se.digiportal.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElytronPasswordHasherTest {

    private final ElytronPasswordHasher hasher = new ElytronPasswordHasher();

    @Test
    void producesSaltedBcryptInModularCryptForm() {
        String first = hasher.hash("hemligt-lösen".toCharArray());
        String second = hasher.hash("hemligt-lösen".toCharArray());

        assertThat(first).startsWith("$2a$10$").hasSize(60);
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("hemligt-lösen".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("fel".toCharArray(), first)).isFalse();
    }

    @Test
    void theDemoHashOfTheSeedDataIsTheWordDemo() {
        String demoHash = "$2a$10$1.GBLq2kXdPQ.WU/tzwzO.ygtqW5roW7rV8EakysBkP0tTIH3LhCC";
        assertThat(hasher.matches("demo".toCharArray(), demoHash)).isTrue();
    }

    @Test
    void garbageIsNoMatch() {
        assertThat(hasher.matches("demo".toCharArray(), "not-a-hash")).isFalse();
    }
}
