package se.digiportal.beredning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;

class OpenPdfDecisionBasisDocumentTest {

    private static DecisionBasisView underlag(boolean published) {
        return new DecisionBasisView(5L, "DIGI-2026-0007", "Digital signering av biståndsbeslut",
                Routing.REFER_TO_COUNCIL, PreparationStatus.UNDERLAG_IN_PREPARATION,
                new DecisionBasisContent("Bakgrunden", "Behovet", null, "Kostnaderna", "Riskerna", "Dataskyddet",
                        "Rekommendationen", "Förslaget till beslut"), published, !published, List.of(), "berit",
                Instant.parse("2026-11-21T10:00:00Z"), published ? "berit" : null,
                published ? Instant.parse("2026-11-21T11:00:00Z") : null);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void a_draft_is_marked_as_one_and_holds_every_section() throws Exception {
        byte[] pdf = new OpenPdfDecisionBasisDocument().render(underlag(false));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("UTKAST").contains("DIGI-2026-0007").contains("Bakgrund").contains("Bakgrunden")
                .contains("Förslag till beslut").contains("Förslaget till beslut").contains("(ej ifyllt)");
    }

    @Test
    void a_published_underlag_carries_no_draft_mark() throws Exception {
        String text = text(new OpenPdfDecisionBasisDocument().render(underlag(true)));

        assertThat(text).doesNotContain("UTKAST").contains("Publicerat");
    }
}
