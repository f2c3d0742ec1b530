package io.apotheca.http;

import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.Locale;

/**
 * File uploads ({@code multipart/form-data}). Jetty parses the parts as they arrive: up to 64 KB of
 * a file in memory, the rest in a temporary file, and never more than {@link #MAX_FILE_BYTES} of
 * any file nor {@link #MAX_REQUEST_BYTES} of a request; use cases read each file once from there
 * and set their own, lower, limits.
 */
public final class Uploads {

    /** The largest file the API takes at all (a prescription: 10 MB). */
    public static final long MAX_FILE_BYTES = PrescriptionDocument.MAX_BYTES;

    /** The largest upload request: the file and room for the form's other fields and envelopes. */
    public static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024;

    /** How much of a file stays in memory before it goes to a temporary file. */
    static final int IN_MEMORY_BYTES = 64 * 1024;

    private Uploads() {}

    /** Whether the request says it carries a multipart form. */
    public static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The named file of a multipart form: 415 for a request that is not one, 413 for a file or
     * request over the limits, 400 when the file is missing.
     */
    public static UploadedFile file(Context ctx, String field) {
        if (!isMultipart(ctx)) {
            throw new ProblemException(Problem.of(
                    415, "unsupported_media_type", "Unsupported media type", "Send the file as multipart/form-data."));
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile(field);
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            if (!badRequest(e)) {
                throw new IllegalStateException("the multipart form could not be read", e);
            }
            if (tooLarge(e)) {
                throw new ProblemException(Problem.of(
                        413,
                        "payload_too_large",
                        "Payload too large",
                        "A file may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB."));
            }
            throw new ProblemException(Problem.of(
                    400, "malformed_multipart", "Malformed multipart form", "The multipart form could not be read."));
        }
        if (file == null) {
            throw Requests.invalid(field, "is required");
        }
        return file;
    }

    /** Whether Jetty refused the form as the client's fault (its limits or a malformed body). */
    private static boolean badRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceeded") || message.contains("exceeds") || message.contains("too large")) {
                return true;
            }
        }
        return false;
    }
}
