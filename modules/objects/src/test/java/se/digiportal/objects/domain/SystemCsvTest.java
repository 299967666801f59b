package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.digiportal.objects.domain.SystemCsv.RowError;

class SystemCsvTest {

    private static final SystemCsv.Lookup LOOKUP = new SystemCsv.Lookup() {
        @Override
        public Optional<Long> orgUnitId(String code) {
            return Optional.ofNullable(Map.of("SOC", 2L, "UBF", 3L).get(code));
        }

        @Override
        public Optional<Long> objectId(String name) {
            return "Skolplattform".equals(name) ? Optional.of(7L) : Optional.empty();
        }

        @Override
        public boolean systemExists(String name) {
            return "Ekonomisystem".equals(name);
        }

        @Override
        public boolean userExists(String username) {
            return Set.of("lena", "sara", "erik").contains(username);
        }
    };

    @Test
    void a_good_semicolon_file_reads_every_row() {
        String csv = """
                name;orgUnit;object;lifecycle;criticality;disposition;personalData;sensitiveData;processorAgreement;integrations;businessSpecialist;itSpecialist;contractEnd;supplier
                Lärplattform;UBF;Skolplattform;IN_USE;HIGH;INVEST;ja;nej;ja;Elevregister, E-legitimation;erik;sara;2028-06-30;Leverantör AB
                "Närvaro; frånvaro";UBF;;planned;medium;;nej;nej;nej;;;;;
                """;

        SystemCsv.Result result = SystemCsv.parse(csv, LOOKUP);

        assertThat(result.errors()).isEmpty();
        assertThat(result.importable()).isTrue();
        assertThat(result.systems()).hasSize(2);
        ItSystem first = result.systems().get(0);
        assertThat(first.managedObjectId()).isEqualTo(7L);
        assertThat(first.orgUnitId()).isEqualTo(3L);
        assertThat(first.personalData()).isTrue();
        assertThat(first.processorAgreement()).isTrue();
        assertThat(first.integrations()).containsExactly("Elevregister", "E-legitimation");
        assertThat(first.missingSpecialists()).isEmpty();
        assertThat(first.contractEnd()).hasToString("2028-06-30");
        assertThat(result.systems().get(1).name()).isEqualTo("Närvaro; frånvaro");
        assertThat(result.systems().get(1).lifecycle()).isEqualTo(Lifecycle.PLANNED);
    }

    @Test
    void one_bad_row_makes_the_file_unimportable_and_names_row_and_column() {
        String csv = """
                name,orgUnit,lifecycle,criticality
                Lärplattform,UBF,IN_USE,HIGH
                Ekonomisystem,SOC,IN_USE,HIGH
                Bokningssystem,XYZ,IN_USE,EXTREME
                """;

        SystemCsv.Result result = SystemCsv.parse(csv, LOOKUP);

        assertThat(result.importable()).isFalse();
        assertThat(result.systems()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RowError(3, "name", "system.import.name.exists"),
                new RowError(4, "orgUnit", "system.import.reference.unknown"),
                new RowError(4, "criticality", "system.import.value.invalid"));
    }

    @Test
    void a_missing_required_column_is_named_in_the_header_row() {
        SystemCsv.Result result = SystemCsv.parse("name,orgUnit,lifecycle\nX,SOC,IN_USE\n", LOOKUP);

        assertThat(result.errors()).containsExactly(new RowError(1, "criticality", "system.import.column.missing"));
    }

    @Test
    void row_level_rules_are_checked() {
        String csv = """
                name,orgUnit,lifecycle,criticality,personalData,sensitiveData,businessSpecialist,itSpecialist,contractEnd
                A,SOC,IN_USE,LOW,nej,ja,lena,lena,2027-13-01
                A,SOC,IN_USE,LOW,kanske,,okänd,,
                """;

        SystemCsv.Result result = SystemCsv.parse(csv, LOOKUP);

        assertThat(result.errors()).containsExactly(
                new RowError(2, "contractEnd", "system.import.date.invalid"),
                new RowError(2, "sensitiveData", "system.import.sensitiveWithoutPersonal"),
                new RowError(2, "itSpecialist", "system.import.specialists.same"),
                new RowError(3, "name", "system.import.name.duplicate"),
                new RowError(3, "personalData", "system.import.boolean.invalid"),
                new RowError(3, "businessSpecialist", "system.import.user.unknown"));
    }

    @Test
    void an_empty_file_is_not_importable() {
        assertThat(SystemCsv.parse("  ", LOOKUP).importable()).isFalse();
        assertThat(SystemCsv.parse("name,orgUnit,lifecycle,criticality\n", LOOKUP).importable()).isFalse();
    }
}
