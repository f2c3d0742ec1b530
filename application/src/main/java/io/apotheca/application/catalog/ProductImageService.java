package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.domain.catalog.ImageDimensions;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import io.apotheca.domain.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Product pictures: checked before they are kept, changed one gallery at a time, every change audited. */
final class ProductImageService implements ManageProductImagesUseCase {

    private static final Set<DocumentType> PICTURES = Set.of(DocumentType.JPEG, DocumentType.PNG);

    private final CatalogPorts ports;

    ProductImageService(CatalogPorts ports) {
        this.ports = ports;
    }

    /**
     * The product must exist; then the file is read whole (it is at most 5 MB), recognised by its
     * content, and its header's pixel dimensions checked, without decoding a pixel. Only then are
     * the bytes stored, outside any transaction, and the picture recorded with the gallery locked.
     * A refused upload records nothing.
     */
    @Override
    public Outcome<ProductImage> upload(Caller caller, UUID productId, ImageUpload upload) {
        return Access.admin(caller).then(admin -> {
            ProductId product = new ProductId(productId);
            if (ports.products().byId(product).isEmpty()) {
                return Outcome.refused(Refusal.notFound());
            }
            byte[] content = readAtMost(upload.content(), ProductImage.MAX_BYTES + 1);
            if (content.length > ProductImage.MAX_BYTES) {
                return Outcome.refused(
                        Refusal.of(CommonReason.PAYLOAD_TOO_LARGE, "A product image may be at most 5 MB."));
            }
            Optional<DocumentType> type = DocumentType.recognise(content)
                    .filter(PICTURES::contains)
                    .filter(t -> t.agreesWith(upload.declaredType(), upload.fileName()));
            if (type.isEmpty()) {
                return Outcome.refused(Refusal.of(
                        CommonReason.UNSUPPORTED_MEDIA_TYPE,
                        "A product image must be a JPEG or PNG file, and its declared type and file name must match"
                                + " its content."));
            }
            Optional<ImageDimensions> dimensions = ImageDimensions.read(content, type.get());
            if (dimensions.isEmpty()) {
                return Outcome.refused(Refusal.of(
                        CatalogReason.INVALID_IMAGE,
                        "The image's header is damaged: its size in pixels cannot be read."));
            }
            if (!dimensions.get().withinLimits()) {
                return Outcome.refused(Refusal.of(
                        CatalogReason.IMAGE_DIMENSIONS_TOO_LARGE,
                        "An image may be at most " + ImageDimensions.MAX_SIDE + " pixels a side and "
                                + ImageDimensions.MAX_PIXELS / 1_000_000 + " megapixels; this one claims "
                                + dimensions.get().width() + " × "
                                + dimensions.get().height() + "."));
            }
            DocumentStore.StoreResult stored =
                    ports.documents().store(new ByteArrayInputStream(content), ProductImage.MAX_BYTES);
            if (!(stored instanceof DocumentStore.Kept kept)) {
                return Outcome.refused(
                        Refusal.of(CommonReason.PAYLOAD_TOO_LARGE, "A product image may be at most 5 MB."));
            }
            return ports.kernel()
                    .transactions()
                    .inTransaction(() -> add(caller, product, kept, type.get(), dimensions.get()));
        });
    }

    private Outcome<ProductImage> add(
            Caller caller, ProductId product, DocumentStore.Kept kept, DocumentType type, ImageDimensions dimensions) {
        Optional<List<ProductImage>> gallery = ports.images().lockGallery(product);
        if (gallery.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        if (gallery.get().size() >= ProductImage.MAX_PER_PRODUCT) {
            return Outcome.refused(Refusal.of(
                    CatalogReason.TOO_MANY_IMAGES,
                    "A product has at most " + ProductImage.MAX_PER_PRODUCT + " images; remove one first."));
        }
        ProductImage image = new ProductImage(
                new ProductImageId(ports.kernel().ids().next()),
                product,
                kept.sha256(),
                type,
                kept.size(),
                dimensions,
                gallery.get().size(),
                ports.kernel().clock().instant());
        ports.images().add(image);
        ports.audit()
                .record(
                        caller,
                        "product_image.added",
                        "product",
                        product.toString(),
                        Map.of("image", image.id().toString(), "sha256", image.sha256()));
        return Outcome.done(image);
    }

    @Override
    public Outcome<List<ProductImage>> list(Caller caller, UUID productId) {
        return visible(caller, new ProductId(productId))
                .then(p -> Outcome.done(ports.images().of(p.id())));
    }

    @Override
    public Outcome<ImageFile> image(Caller caller, UUID productId, UUID imageId) {
        return visible(caller, new ProductId(productId))
                .then(p -> ports.images().of(p.id()).stream()
                        .filter(i -> i.id().value().equals(imageId))
                        .findFirst()
                        .<Outcome<ImageFile>>map(i -> Outcome.done(new ImageFile(i, p.active(), () -> open(i))))
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    @Override
    public Outcome<List<ProductImage>> remove(Caller caller, UUID productId, UUID imageId) {
        return changeGallery(caller, productId, gallery -> {
            List<ProductImage> rest = gallery.stream()
                    .filter(i -> !i.id().value().equals(imageId))
                    .toList();
            if (rest.size() == gallery.size()) {
                return Outcome.refused(Refusal.notFound());
            }
            ports.images().remove(new ProductImageId(imageId));
            List<ProductImage> renumbered = numbered(rest);
            ports.images().reposition(renumbered);
            ports.audit()
                    .record(
                            caller,
                            "product_image.removed",
                            "product",
                            productId.toString(),
                            Map.of("image", imageId.toString()));
            return Outcome.done(renumbered);
        });
    }

    @Override
    public Outcome<List<ProductImage>> reorder(Caller caller, UUID productId, List<UUID> imageIds) {
        return changeGallery(caller, productId, gallery -> {
            Map<UUID, ProductImage> byId =
                    gallery.stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
            if (imageIds == null
                    || imageIds.size() != gallery.size()
                    || !new HashSet<>(imageIds).equals(byId.keySet())) {
                return Outcome.refused(new Validation()
                        .problem("imageIds", "must name each of the product's " + gallery.size() + " images once")
                        .refusal()
                        .orElseThrow());
            }
            List<ProductImage> reordered =
                    numbered(imageIds.stream().map(byId::get).toList());
            ports.images().reposition(reordered);
            ports.audit()
                    .record(
                            caller,
                            "product_image.reordered",
                            "product",
                            productId.toString(),
                            Map.of(
                                    "order",
                                    imageIds.stream().map(UUID::toString).collect(Collectors.joining(","))));
            return Outcome.done(reordered);
        });
    }

    private Outcome<List<ProductImage>> changeGallery(
            Caller caller, UUID productId, Function<List<ProductImage>, Outcome<List<ProductImage>>> change) {
        return Access.admin(caller)
                .then(admin -> ports.kernel()
                        .transactions()
                        .inTransaction(() -> ports.images()
                                .lockGallery(new ProductId(productId))
                                .map(change)
                                .orElseGet(() -> Outcome.refused(Refusal.notFound()))));
    }

    /** The product, if the caller may see it: an active one, or any for staff. */
    private Outcome<Product> visible(Caller caller, ProductId id) {
        boolean staff = Access.isStaff(caller);
        return ports.products()
                .byId(id)
                .filter(p -> p.active() || staff)
                .<Outcome<Product>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Refusal.notFound()));
    }

    private InputStream open(ProductImage image) {
        return ports.documents()
                .open(image.sha256())
                .orElseThrow(() -> new IllegalStateException("the bytes of image " + image.id() + " are missing"));
    }

    private static List<ProductImage> numbered(List<ProductImage> images) {
        List<ProductImage> numbered = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            numbered.add(images.get(i).at(i));
        }
        return numbered;
    }

    private static byte[] readAtMost(InputStream content, long limit) {
        try (content) {
            return content.readNBytes((int) limit);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded image", e);
        }
    }
}
