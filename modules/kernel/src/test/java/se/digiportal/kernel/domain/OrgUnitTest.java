package se.digiportal.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private final OrgUnit forvaltning = new OrgUnit("SOC", "Socialförvaltningen", OrgUnitKind.FORVALTNING, null);

    @Test
    void aForvaltningIsARoot() {
        assertThat(forvaltning.parentId()).isNull();
        OrgUnit other = new OrgUnit("UBF", "Utbildningsförvaltningen", OrgUnitKind.FORVALTNING, null);
        assertThatThrownBy(() -> other.moveUnder(forvaltning)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowerLevelsNeedAParentOfAHigherLevel() {
        OrgUnit verksamhet = new OrgUnit("SOC-ALD", "Äldreomsorgen", OrgUnitKind.VERKSAMHET, forvaltning);
        assertThat(new OrgUnit("SOC-ALD-HT", "Hemtjänsten", OrgUnitKind.ENHET, verksamhet).kind())
                .isEqualTo(OrgUnitKind.ENHET);

        assertThatThrownBy(() -> new OrgUnit("SOC-X", "Utan förälder", OrgUnitKind.VERKSAMHET, null))
                .isInstanceOf(IllegalArgumentException.class);
        OrgUnit enhet = new OrgUnit("SOC-ALD-SAB", "Solgården", OrgUnitKind.ENHET, verksamhet);
        assertThatThrownBy(() -> new OrgUnit("SOC-Y", "Under en enhet", OrgUnitKind.VERKSAMHET, enhet))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codeAndNameAreChecked() {
        assertThatThrownBy(() -> new OrgUnit("soc", "x", OrgUnitKind.FORVALTNING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgUnit("SOC", " ", OrgUnitKind.FORVALTNING, null))
                .isInstanceOf(IllegalArgumentException.class);
        forvaltning.rename("  Vård- och omsorgsförvaltningen ");
        assertThat(forvaltning.name()).isEqualTo("Vård- och omsorgsförvaltningen");
    }

    @Test
    void onlyAForvaltningHasAManager() {
        forvaltning.assignManager(" olle ");
        assertThat(forvaltning.manager()).isEqualTo("olle");
        forvaltning.assignManager(" ");
        assertThat(forvaltning.manager()).as("blank clears").isNull();

        OrgUnit verksamhet = new OrgUnit("SOC-ALD", "Äldreomsorgen", OrgUnitKind.VERKSAMHET, forvaltning);
        assertThatThrownBy(() -> verksamhet.assignManager("lena")).isInstanceOf(IllegalArgumentException.class);
        assertThat(verksamhet.manager()).isNull();
        verksamhet.assignManager(null);
    }
}
