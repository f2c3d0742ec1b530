package io.apotheca.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the pharmacy accepts from patients and staff, each recognised by its first
 * bytes rather than by what the sender claims: a file named {@code .pdf} that does not start like a
 * PDF is not a PDF.
 */
public enum DocumentType {
    PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    /**
     * An electronic prescription as its prescriber's system sent it (a FHIR R4 Bundle): kept as it
     * came, never accepted from an upload (it has no signature to be recognised by).
     */
    FHIR_JSON("application/fhir+json", Set.of("json"), new byte[0]);

    /** How many leading bytes {@link #recognise} needs at most. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final Set<String> extensions;
    private final byte[] signature;

    DocumentType(String mediaType, Set<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return this == JPEG ? "jpg" : this == FHIR_JSON ? "json" : name().toLowerCase(Locale.ROOT);
    }

    /** The type whose signature the content starts with, if any; never {@link #FHIR_JSON}. */
    public static Optional<DocumentType> recognise(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.startsWith(head)).findFirst();
    }

    /**
     * Whether what the sender said about the file agrees with its content: a declared media type
     * (absent or {@code application/octet-stream} says nothing) and a file name's extension (a name
     * without one says nothing).
     */
    public boolean agreesWith(Optional<String> declaredMediaType, Optional<String> fileName) {
        boolean typeAgrees = declaredMediaType
                .map(t -> t.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty() && !t.equals("application/octet-stream"))
                .map(t -> t.equals(mediaType) || (this == JPEG && t.equals("image/jpg")))
                .orElse(true);
        boolean extensionAgrees = fileName.map(DocumentType::extensionOf)
                .map(e -> e.isEmpty() || extensions.contains(e))
                .orElse(true);
        return typeAgrees && extensionAgrees;
    }

    private boolean startsWith(byte[] head) {
        if (signature.length == 0 || head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extensionOf(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
