package io.apotheca.http.inventory;

import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Inventory;
import io.apotheca.application.inventory.port.in.StockReportsUseCase;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Receiving and adjusting lots; a product's stock for administrators and verified pharmacists. */
public final class InventoryResource implements Resource {

    record ReceiptBody(UUID productId, String lotNumber, LocalDate expiryDate, Integer quantity) {}

    record AdjustmentBody(Integer delta, String reason) {}

    record BatchView(String id, String productId, String lotNumber, LocalDate expiryDate, int quantity, String status) {

        static BatchView of(Batch b) {
            return new BatchView(
                    b.id().toString(),
                    b.productId().toString(),
                    b.lot().value(),
                    b.expiryDate(),
                    b.onHand(),
                    b.status().name());
        }
    }

    record InventoryView(String productId, int onHand, int reserved, int available, List<BatchView> batches) {

        static InventoryView of(Inventory i) {
            return new InventoryView(
                    i.productId().toString(),
                    i.onHand(),
                    i.reserved(),
                    i.available(),
                    i.batches().stream().map(BatchView::of).toList());
        }
    }

    record LowStockView(String productId, String sku, String name, int available, int reorderLevel) {}

    private final ManageStockUseCase stock;
    private final StockReportsUseCase reports;
    private final Callers callers;

    public InventoryResource(ManageStockUseCase stock, StockReportsUseCase reports, Callers callers) {
        this.stock = stock;
        this.reports = reports;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/inventory/batches", this::receive, ApiRole.ADMIN);
        routes.post("/api/v1/inventory/batches/{id}/adjustments", this::adjust, ApiRole.ADMIN);
        routes.get("/api/v1/inventory/products/{productId}", this::inventory, ApiRole.ADMIN, ApiRole.PHARMACIST);
        routes.get("/api/v1/inventory/low-stock", this::lowStock, ApiRole.ADMIN, ApiRole.PHARMACIST);
        routes.get("/api/v1/inventory/expiring", this::expiring, ApiRole.ADMIN, ApiRole.PHARMACIST);
    }

    private void receive(Context ctx) {
        ReceiptBody body = Requests.body(ctx, ReceiptBody.class);
        Responses.respond(
                ctx,
                stock.receive(
                        callers.of(ctx),
                        new ManageStockUseCase.Receipt(
                                body.productId(), body.lotNumber(), body.expiryDate(), body.quantity())),
                201,
                BatchView::of);
    }

    private void adjust(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        AdjustmentBody body = Requests.body(ctx, AdjustmentBody.class);
        Responses.respond(ctx, stock.adjust(callers.of(ctx), id, body.delta(), body.reason()), 200, BatchView::of);
    }

    private void lowStock(Context ctx) {
        Responses.respond(
                ctx,
                reports.lowStock(callers.of(ctx)),
                200,
                low -> Map.of(
                        "items",
                        low.stream()
                                .map(d -> new LowStockView(
                                        d.product().id().toString(),
                                        d.product().sku().value(),
                                        d.product().name(),
                                        d.available(),
                                        d.product().reorderLevel()))
                                .toList()));
    }

    private void expiring(Context ctx) {
        String within = ctx.queryParam("withinDays");
        Integer days;
        try {
            days = within == null ? null : Integer.valueOf(within.trim());
        } catch (NumberFormatException e) {
            throw Requests.invalid("withinDays", "must be a whole number of days");
        }
        Responses.respond(
                ctx,
                reports.expiring(callers.of(ctx), days),
                200,
                batches -> Map.of("items", batches.stream().map(BatchView::of).toList()));
    }

    private void inventory(Context ctx) {
        Responses.respond(ctx, stock.inventory(callers.of(ctx), Requests.id(ctx, "productId")), 200, InventoryView::of);
    }
}
