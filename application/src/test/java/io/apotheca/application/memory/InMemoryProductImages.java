package io.apotheca.application.memory;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Product pictures in memory; the gallery lock is the products' existence check alone. */
public final class InMemoryProductImages implements ProductImages {

    private final InMemoryProducts products;
    private final Map<ProductImageId, ProductImage> images = new ConcurrentHashMap<>();

    public InMemoryProductImages(InMemoryProducts products) {
        this.products = products;
    }

    @Override
    public Optional<List<ProductImage>> lockGallery(ProductId product) {
        return products.byId(product).map(p -> of(product));
    }

    @Override
    public void add(ProductImage image) {
        images.put(image.id(), image);
    }

    @Override
    public void remove(ProductImageId image) {
        images.remove(image);
    }

    @Override
    public void reposition(List<ProductImage> gallery) {
        // only the position moves, and only of a picture still stored
        gallery.forEach(moved -> images.computeIfPresent(moved.id(), (id, stored) -> stored.at(moved.position())));
    }

    @Override
    public List<ProductImage> of(ProductId product) {
        return images.values().stream()
                .filter(i -> i.product().equals(product))
                .sorted(Comparator.comparingInt(ProductImage::position))
                .toList();
    }

    @Override
    public Map<ProductId, List<ProductImage>> of(Collection<ProductId> wanted) {
        return images.values().stream()
                .filter(i -> wanted.contains(i.product()))
                .sorted(Comparator.comparingInt(ProductImage::position))
                .collect(Collectors.groupingBy(ProductImage::product));
    }
}
