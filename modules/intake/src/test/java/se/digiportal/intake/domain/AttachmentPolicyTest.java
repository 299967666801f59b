package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;

class AttachmentPolicyTest {

    private static final byte[] PDF = "%PDF-1.7\nrest".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private final AttachmentPolicy policy = new AttachmentPolicy(100, 2);

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("file");
            return e.errors().get(0).messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void a_pdf_and_an_image_are_recognised_by_their_content() {
        assertThat(policy.check("Behovsanalys.pdf", PDF, 0)).isEqualTo("application/pdf");
        assertThat(policy.check("skiss.PNG", PNG, 1)).isEqualTo("image/png");
    }

    @Test
    void the_wrong_content_behind_a_right_extension_is_refused() {
        assertThat(refusal(() -> policy.check("rapport.pdf", PNG, 0))).isEqualTo("intake.attachment.type");
        assertThat(refusal(() -> policy.check("program.exe", PDF, 0))).isEqualTo("intake.attachment.type");
        assertThat(refusal(() -> policy.check("utan-filandelse", PDF, 0))).isEqualTo("intake.attachment.type");
    }

    @Test
    void path_traversal_and_odd_names_are_refused() {
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\boot.pdf", "mapp/fil.pdf", "C:fil.pdf",
                ".dold.pdf", "rad\nbrytning.pdf", " "}) {
            assertThat(refusal(() -> policy.check(name, PDF, 0))).as(name).isEqualTo("intake.attachment.name");
        }
    }

    @Test
    void size_and_count_have_limits() {
        assertThat(policy.check("full.pdf", PDF.length > 100 ? PDF : pad(PDF, 100), 0)).isEqualTo("application/pdf");
        assertThat(refusal(() -> policy.check("stor.pdf", pad(PDF, 101), 0))).isEqualTo("intake.attachment.tooLarge");
        assertThat(refusal(() -> policy.check("tredje.pdf", PDF, 2))).isEqualTo("intake.attachment.tooMany");
        assertThat(refusal(() -> policy.check("tom.pdf", new byte[0], 0))).isEqualTo("intake.attachment.empty");
    }

    private static byte[] pad(byte[] start, int size) {
        byte[] b = new byte[size];
        System.arraycopy(start, 0, b, 0, start.length);
        return b;
    }
}
