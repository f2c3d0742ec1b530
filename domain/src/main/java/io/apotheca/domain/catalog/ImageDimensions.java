package io.apotheca.domain.catalog;

import io.apotheca.domain.shared.DocumentType;
import java.util.Optional;

/**
 * An image's size in pixels, read from its header alone: the pixels themselves are never decoded,
 * so a small file that claims to unpack into billions of pixels (a decompression bomb) costs nothing
 * to turn away.
 *
 * @param width pixels across
 * @param height pixels down
 */
public record ImageDimensions(int width, int height) {

    /** The widest or tallest picture accepted. */
    public static final int MAX_SIDE = 10_000;

    /** The most pixels a picture may have (40 megapixels, about 160 MB once decoded). */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] PNG_HEADER_CHUNK = {'I', 'H', 'D', 'R'};

    public ImageDimensions {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image is at least one pixel each way");
        }
    }

    /** Whether a browser could decode it without unreasonable memory: within both limits. */
    public boolean withinLimits() {
        return width <= MAX_SIDE && height <= MAX_SIDE && (long) width * height <= MAX_PIXELS;
    }

    /**
     * The dimensions a JPEG or PNG declares, or empty when its header cannot be read (a truncated or
     * forged file).
     */
    public static Optional<ImageDimensions> read(byte[] content, DocumentType type) {
        return switch (type) {
            case PNG -> png(content);
            case JPEG -> jpeg(content);
            case PDF, FHIR_JSON -> Optional.empty();
        };
    }

    /** A PNG starts with its 8-byte signature and then the IHDR chunk: length, type, width, height. */
    private static Optional<ImageDimensions> png(byte[] c) {
        if (c.length < 24) {
            return Optional.empty();
        }
        for (int i = 0; i < PNG_HEADER_CHUNK.length; i++) {
            if (c[12 + i] != PNG_HEADER_CHUNK[i]) {
                return Optional.empty();
            }
        }
        long width = uint32(c, 16);
        long height = uint32(c, 20);
        return dimensions(width, height);
    }

    /**
     * A JPEG is a run of marker segments; the first start-of-frame segment (SOF0–SOF15, less the
     * DHT, JPG and DAC markers that share the range) holds the height and width.
     */
    private static Optional<ImageDimensions> jpeg(byte[] c) {
        int i = 2; // past SOI
        while (i + 3 < c.length) {
            if ((c[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = c[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length follows
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) { // end of image, or scan data before any frame
                return Optional.empty();
            }
            int length = uint16(c, i + 2);
            if (length < 2) {
                return Optional.empty();
            }
            boolean startOfFrame =
                    marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (length < 8 || i + 8 >= c.length) {
                    return Optional.empty();
                }
                return dimensions(uint16(c, i + 7), uint16(c, i + 5));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<ImageDimensions> dimensions(long width, long height) {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new ImageDimensions((int) width, (int) height));
    }

    private static int uint16(byte[] c, int at) {
        return ((c[at] & 0xFF) << 8) | (c[at + 1] & 0xFF);
    }

    private static long uint32(byte[] c, int at) {
        return ((long) uint16(c, at) << 16) | uint16(c, at + 2);
    }
}
