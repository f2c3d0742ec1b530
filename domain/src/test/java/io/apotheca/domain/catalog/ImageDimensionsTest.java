package io.apotheca.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.shared.DocumentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDimensionsTest {

    @Test
    void reads_a_png_header() throws IOException {
        byte[] png = encode("png", 37, 21);

        assertThat(ImageDimensions.read(png, DocumentType.PNG)).contains(new ImageDimensions(37, 21));
    }

    @Test
    void reads_a_jpeg_frame_after_its_other_segments() throws IOException {
        byte[] jpeg = encode("jpg", 64, 48);

        assertThat(ImageDimensions.read(jpeg, DocumentType.JPEG)).contains(new ImageDimensions(64, 48));
    }

    @Test
    void reads_what_a_decompression_bomb_claims_without_decoding_it() {
        byte[] bomb = pngHeader(100_000, 100_000);

        ImageDimensions claimed = ImageDimensions.read(bomb, DocumentType.PNG).orElseThrow();

        assertThat(claimed).isEqualTo(new ImageDimensions(100_000, 100_000));
        assertThat(claimed.withinLimits()).isFalse();
    }

    @Test
    void holds_pictures_to_their_side_and_pixel_limits() {
        assertThat(new ImageDimensions(10_000, 4_000).withinLimits()).isTrue();
        assertThat(new ImageDimensions(10_001, 10).withinLimits()).isFalse();
        assertThat(new ImageDimensions(10, 10_001).withinLimits()).isFalse();
        assertThat(new ImageDimensions(8_000, 5_001).withinLimits()).isFalse();
    }

    @Test
    void finds_nothing_in_a_truncated_or_forged_header() throws IOException {
        byte[] jpeg = encode("jpg", 64, 48);

        assertThat(ImageDimensions.read(Arrays.copyOf(jpeg, 30), DocumentType.JPEG))
                .isEmpty();
        assertThat(ImageDimensions.read(Arrays.copyOf(pngHeader(5, 5), 20), DocumentType.PNG))
                .isEmpty();
        assertThat(ImageDimensions.read(pngHeader(0, 5), DocumentType.PNG)).isEmpty();
        byte[] notIhdr = pngHeader(5, 5);
        notIhdr[12] = 'X';
        assertThat(ImageDimensions.read(notIhdr, DocumentType.PNG)).isEmpty();
        byte[] scanFirst = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 2, 3, 4, 5, 6};
        assertThat(ImageDimensions.read(scanFirst, DocumentType.JPEG)).isEmpty();
        assertThat(ImageDimensions.read("%PDF-1.7".getBytes(), DocumentType.PDF))
                .isEmpty();
        byte[] shortFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 2, 8, 0, 16, 0, 16, 1};
        assertThat(ImageDimensions.read(shortFrame, DocumentType.JPEG)).isEmpty();
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] pngHeader(int width, int height) {
        return ByteBuffer.allocate(33)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(new byte[] {'I', 'H', 'D', 'R'})
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0})
                .putInt(0)
                .array();
    }
}
