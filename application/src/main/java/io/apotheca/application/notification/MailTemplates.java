package io.apotheca.application.notification;

import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.RecallNotices.Notice;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.inventory.RecallClass;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of every e-mail, in plain text and HTML. A message names the order and its products,
 * never a prescription's content or document, and carries a token only in the verification and
 * reset links.
 */
final class MailTemplates {

    private static final String PHARMACY = "Apotheca";

    private final URI publicUrl;

    MailTemplates(URI publicUrl) {
        this.publicUrl = publicUrl;
    }

    /**
     * The e-mail for a queued notification.
     *
     * @param order the order it is about, for every kind but the account ones
     * @param token the fresh token of a verification or reset link
     * @param recall what a recall notice tells: the product, lot, class and instructions
     */
    MailMessage render(
            Notification notification,
            User recipient,
            Optional<Order> order,
            Optional<String> token,
            Optional<Notice> recall) {
        Letter letter = letter(notification, order, token, recall);
        return new MailMessage(recipient.email(), letter.subject(), text(recipient, letter), html(recipient, letter));
    }

    private Letter letter(Notification n, Optional<Order> order, Optional<String> token, Optional<Notice> recall) {
        String orderNo = order.map(o -> shortId(o.id().toString())).orElse("");
        List<String> lines = order.map(MailTemplates::summary).orElse(List.of());
        return switch (n.kind()) {
            case EMAIL_VERIFICATION ->
                new Letter(
                        "Confirm your e-mail address",
                        List.of(
                                "Please confirm that this address is yours. The link works once, for 24 hours.",
                                "If you did not open an account with " + PHARMACY + ", ignore this message."),
                        List.of(),
                        Optional.of(new Link("Confirm my e-mail address", link("verify-email", token))));
            case PASSWORD_RESET ->
                new Letter(
                        "Choose a new password",
                        List.of(
                                "Someone, hopefully you, asked to choose a new password for your account. The link "
                                        + "works once, for 30 minutes, and signs you out everywhere.",
                                "If it was not you, ignore this message: your password stays as it is."),
                        List.of(),
                        Optional.of(new Link("Choose a new password", link("reset-password", token))));
            case ORDER_PLACED ->
                new Letter("We received your order " + orderNo, List.of(placedNext(order)), lines, orderLink(order));
            case PRESCRIPTION_APPROVED ->
                new Letter(
                        "Your prescription was approved",
                        List.of(
                                order.isPresent()
                                        ? "A pharmacist approved the prescription for your order " + orderNo
                                                + ". Once every prescription item is approved, you can pay for the"
                                                + " order."
                                        : "A pharmacist approved your prescription. It is kept on file: your"
                                                + " orders of its medicines need no new upload while it has"
                                                + " refills left."),
                        lines,
                        orderLink(order));
            case PRESCRIPTION_REJECTED ->
                new Letter(
                        "Your prescription could not be accepted",
                        List.of(
                                "A pharmacist could not accept the prescription for your order " + orderNo + ".",
                                "Reason: " + n.data().getOrDefault("reason", "not given"),
                                "You may upload another prescription for the order."),
                        lines,
                        orderLink(order));
            case ORDER_PAID ->
                new Letter(
                        "Payment received for order " + orderNo,
                        List.of("Thank you: we received your payment. Your order is being prepared."),
                        lines,
                        orderLink(order));
            case ORDER_CONFIRMED ->
                new Letter(
                        "Order " + orderNo + " confirmed",
                        List.of("Your order is confirmed, to be paid in cash on delivery. It is being prepared."),
                        lines,
                        orderLink(order));
            case ORDER_SHIPPED ->
                new Letter(
                        "Order " + orderNo + " is on its way",
                        List.of("Your order has been handed to the carrier."),
                        lines,
                        orderLink(order));
            case ORDER_REFUNDED ->
                new Letter(
                        "Order " + orderNo + " refunded",
                        List.of("We refunded " + refunded(n, order) + ". It may take a few days to appear on your "
                                + "statement."),
                        lines,
                        orderLink(order));
            case HOLD_EXPIRED ->
                new Letter(
                        "Order " + orderNo + " expired",
                        List.of("Your order was not paid, or its prescription not approved, in time, so it was "
                                + "cancelled and the items were released. If an amount was held on your card for it, "
                                + "that hold is released: nothing was charged. You can place it again at any time."),
                        lines,
                        orderLink(order));
            case ORDER_CANCELLED_BY_RECALL ->
                new Letter(
                        "Order " + orderNo + " cancelled",
                        List.of(
                                "A batch of a medicine in your order was recalled by its maker, and we no longer have"
                                        + " enough safe stock to send it, so the order was cancelled and its items"
                                        + " released.",
                                "If you paid for it, the full amount is refunded; it may take a few days to appear"
                                        + " on your statement. We are sorry for the trouble."),
                        lines,
                        orderLink(order));
            case RECALL_NOTICE -> recallNotice(n, recall);
            case WEBHOOK_ENDPOINT_DISABLED ->
                new Letter(
                        "A webhook endpoint was disabled",
                        List.of(
                                "Deliveries to the webhook endpoint " + n.data().getOrDefault("url", "")
                                        + " kept failing for three days, so it was disabled and is sent nothing"
                                        + " more.",
                                "Its delivery log shows what the receiver answered. Once it answers again, turn the"
                                        + " endpoint back on: the deliveries still waiting are sent, and the ones"
                                        + " given up can be redelivered. Events that happened while it was off are"
                                        + " not sent to it."),
                        List.of(),
                        Optional.empty());
        };
    }

    /**
     * A patient received units of a recalled lot: what, which lot, how urgent, and what to do. The
     * subject names no medicine, since it shows on a locked phone.
     */
    private static Letter recallNotice(Notification n, Optional<Notice> notice) {
        RecallClass recallClass = notice.map(Notice::recallClass)
                .or(() -> RecallClass.ofName(n.data().get("recallClass")))
                .orElse(RecallClass.DEFAULT);
        String product = notice.map(Notice::productName).orElse("a medicine");
        String lot = notice.map(x -> ", lot " + x.lot().value()).orElse("");
        String urgency = switch (recallClass) {
            case I -> "Class I: there is a reasonable chance that using it could cause serious harm.";
            case II -> "Class II: using it may cause temporary or medically reversible harm.";
            case III -> "Class III: using it is not likely to cause harm.";
        };
        return new Letter(
                (recallClass == RecallClass.I ? "Urgent" : "Important") + ": a medicine you received is recalled",
                List.of(
                        "You received " + n.data().getOrDefault("units", "some") + " unit(s) of " + product + lot
                                + ", which has been recalled. " + urgency,
                        "What to do: "
                                + notice.flatMap(Notice::instructions)
                                        .orElse("stop using it, and contact us or your doctor if you have questions.")),
                List.of(),
                Optional.empty());
    }

    private static String placedNext(Optional<Order> order) {
        // read when the mail is sent: an order covered by prescriptions on file no longer awaits one
        boolean needsPrescription =
                order.map(o -> o instanceof Order.AwaitingPrescription).orElse(false);
        return needsPrescription
                ? "Thank you for your order. It contains prescription-only items: please upload your "
                        + "prescription, and a pharmacist will review it before you pay."
                : "Thank you for your order. Please complete the payment to have it prepared.";
    }

    private static List<String> summary(Order order) {
        List<String> lines = new ArrayList<>();
        for (OrderLine line : order.details().lines()) {
            lines.add(line.quantity() + " × " + line.name() + " — " + amount(line.lineTotal()));
        }
        Totals totals = order.details().totals();
        if (!totals.tax().isZero()
                || !totals.shipping().isZero()
                || order.details().shipping().option().isPresent()) {
            lines.add("Subtotal: " + amount(totals.subtotal()));
            lines.add("Tax: " + amount(totals.tax()));
            lines.add("Shipping"
                    + (order.details().shipping().name().isEmpty()
                            ? ""
                            : " (" + order.details().shipping().name() + ")")
                    + ": " + amount(totals.shipping()));
        }
        lines.add("Total: " + amount(totals.total()));
        return lines;
    }

    private static String refunded(Notification n, Optional<Order> order) {
        String minor = n.data().get("amount");
        if (minor == null || order.isEmpty()) {
            return "your payment";
        }
        return amount(
                new Money(Long.parseLong(minor), order.get().details().total().currency()));
    }

    static String amount(Money money) {
        return money.currency().getCurrencyCode() + " "
                + BigDecimal.valueOf(money.minor(), money.currency().getDefaultFractionDigits())
                        .toPlainString();
    }

    private Optional<Link> orderLink(Optional<Order> order) {
        return order.map(o -> new Link(
                "See your order", publicUrl.resolve("/orders/" + o.id()).toString()));
    }

    private String link(String page, Optional<String> token) {
        return publicUrl.resolve("/" + page) + "?token="
                + token.orElseThrow(() -> new IllegalStateException("a link mail needs its token"));
    }

    private static String shortId(String id) {
        return id.substring(id.length() - 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static String text(User recipient, Letter letter) {
        StringBuilder text = new StringBuilder("Hello " + recipient.fullName() + ",\n\n");
        letter.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        letter.lines().forEach(line -> text.append("  ").append(line).append('\n'));
        if (!letter.lines().isEmpty()) {
            text.append('\n');
        }
        letter.link()
                .ifPresent(link -> text.append(link.label())
                        .append(": ")
                        .append(link.url())
                        .append("\n\n"));
        return text.append("— ").append(PHARMACY).append('\n').toString();
    }

    private static String html(User recipient, Letter letter) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.append("<p>Hello ").append(escape(recipient.fullName())).append(",</p>");
        letter.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        if (!letter.lines().isEmpty()) {
            html.append("<ul>");
            letter.lines()
                    .forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
            html.append("</ul>");
        }
        letter.link()
                .ifPresent(link -> html.append("<p><a href=\"")
                        .append(escape(link.url()))
                        .append("\">")
                        .append(escape(link.label()))
                        .append("</a></p>"));
        return html.append("<p>— ")
                .append(PHARMACY)
                .append("</p></body></html>")
                .toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** What a message says, before it is laid out as text or HTML. */
    private record Letter(String subject, List<String> paragraphs, List<String> lines, Optional<Link> link) {}

    private record Link(String label, String url) {}

    static boolean needsToken(NotificationKind kind) {
        return kind == NotificationKind.EMAIL_VERIFICATION || kind == NotificationKind.PASSWORD_RESET;
    }
}
