package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase.ImageFile;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase.ImageUpload;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.EntityTags;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.Uploads;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Product pictures: administrators upload ({@code multipart/form-data}, field {@code file}),
 * remove and reorder them; anyone who may see the product fetches them. A picture never changes
 * under its address, so it is served with its content hash as ETag and cached for a year.
 */
public final class ProductImagesResource implements Resource {

    /** A year: a picture's bytes never change under its address. */
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    /** A product off sale is seen by staff only: no shared cache may keep its pictures. */
    static final String STAFF_ONLY = "private, no-store";

    record ImagesView(List<ImageView> items) {

        static ImagesView of(List<ProductImage> images) {
            return new ImagesView(images.stream().map(ImageView::of).toList());
        }
    }

    record OrderBody(List<UUID> imageIds) {}

    private final ManageProductImagesUseCase images;
    private final Callers callers;

    public ProductImagesResource(ManageProductImagesUseCase images, Callers callers) {
        this.images = images;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/products/{id}/images", this::upload, ApiRole.ADMIN);
        routes.get(
                "/api/v1/products/{id}/images",
                ctx -> Responses.respond(
                        ctx, images.list(callers.of(ctx), Requests.id(ctx, "id")), 200, ImagesView::of));
        routes.put("/api/v1/products/{id}/images/order", this::reorder, ApiRole.ADMIN);
        routes.get("/api/v1/products/{id}/images/{imageId}", this::fetch);
        routes.delete("/api/v1/products/{id}/images/{imageId}", this::remove, ApiRole.ADMIN);
    }

    private void upload(Context ctx) {
        UUID productId = Requests.id(ctx, "id");
        UploadedFile file = Uploads.file(ctx, "file");
        try (InputStream content = file.content()) {
            ImageUpload upload = new ImageUpload(
                    Optional.ofNullable(file.filename()).filter(n -> !n.isBlank()),
                    Optional.ofNullable(file.contentType()).filter(t -> !t.isBlank()),
                    content);
            Responses.respond(ctx, images.upload(callers.of(ctx), productId, upload), 201, ImageView::of);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reorder(Context ctx) {
        UUID productId = Requests.id(ctx, "id");
        List<UUID> order = Requests.body(ctx, OrderBody.class).imageIds();
        Responses.respond(ctx, images.reorder(callers.of(ctx), productId, order), 200, ImagesView::of);
    }

    private void remove(Context ctx) {
        Outcome<List<ProductImage>> outcome =
                images.remove(callers.of(ctx), Requests.id(ctx, "id"), Requests.id(ctx, "imageId"));
        Responses.noContent(ctx, outcome);
    }

    /** The bytes as stored, or 304 when the client already holds them. */
    private void fetch(Context ctx) {
        Outcome<ImageFile> outcome = images.image(callers.of(ctx), Requests.id(ctx, "id"), Requests.id(ctx, "imageId"));
        if (outcome instanceof Outcome.Done<ImageFile> done) {
            ProductImage image = done.value().image();
            String etag = "\"" + image.sha256() + "\"";
            ctx.header("ETag", etag).header("Cache-Control", done.value().onSale() ? CACHE_CONTROL : STAFF_ONLY);
            if (EntityTags.matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(304);
                return;
            }
            ctx.disableCompression(); // already compressed; streamed as stored
            ctx.status(200)
                    .contentType(image.type().mediaType())
                    .result(done.value().content().get());
            return;
        }
        Responses.respond(ctx, outcome, 200, file -> file);
    }
}
