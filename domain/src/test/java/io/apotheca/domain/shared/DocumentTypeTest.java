package io.apotheca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void pdf_jpeg_and_png_are_recognised_by_their_first_bytes() {
        assertThat(DocumentType.recognise("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(DocumentType.PDF);
        assertThat(DocumentType.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .contains(DocumentType.PNG);
    }

    @Test
    void text_and_short_content_are_not_recognised() {
        assertThat(DocumentType.recognise("just text, named .pdf".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentType.recognise("%PD".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentType.recognise(new byte[0])).isEmpty();
    }

    @Test
    void a_declared_type_or_extension_that_contradicts_the_content_disagrees() {
        assertThat(DocumentType.PDF.agreesWith(Optional.of("application/pdf"), Optional.of("script.PDF")))
                .isTrue();
        assertThat(DocumentType.PDF.agreesWith(Optional.of("image/png"), Optional.of("script.pdf")))
                .isFalse();
        assertThat(DocumentType.PDF.agreesWith(Optional.of("application/pdf"), Optional.of("script.png")))
                .isFalse();
        assertThat(DocumentType.JPEG.agreesWith(Optional.of("image/jpeg; q=1"), Optional.of("scan.jpeg")))
                .isTrue();
    }

    @Test
    void an_absent_or_generic_declaration_says_nothing() {
        assertThat(DocumentType.PNG.agreesWith(Optional.empty(), Optional.empty()))
                .isTrue();
        assertThat(DocumentType.PNG.agreesWith(Optional.of("application/octet-stream"), Optional.of("scan")))
                .isTrue();
    }
}
