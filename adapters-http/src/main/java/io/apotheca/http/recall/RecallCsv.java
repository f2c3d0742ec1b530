package io.apotheca.http.recall;

import io.apotheca.application.recall.port.out.Recalls.AffectedPatient;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A recall report as CSV (RFC 4180): one row per patient and order that received the lot. A field
 * that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class RecallCsv {

    static final String HEADER = "recallId,lotNumber,productId,productName,recallClass,customerId,name,email,orderId,"
            + "quantity,dispensedAt,noticeSent,noticeSentAt";

    private RecallCsv() {}

    static String of(Kept kept) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AffectedPatient p : kept.patients()) {
            csv.append(row(List.of(
                            kept.recall().id().toString(),
                            kept.recall().lot().value(),
                            kept.recall().product().toString(),
                            kept.productName(),
                            kept.recall().recallClass().name(),
                            p.dispensed().patient().toString(),
                            p.name(),
                            p.email(),
                            p.dispensed().order().toString(),
                            Integer.toString(p.dispensed().quantity()),
                            p.dispensed().dispensedAt().toString(),
                            Boolean.toString(p.noticeSentAt().isPresent()),
                            p.noticeSentAt().map(Object::toString).orElse(""))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String row(List<String> fields) {
        return fields.stream().map(RecallCsv::field).collect(Collectors.joining(","));
    }

    static String field(String value) {
        String safe = Stream.of("=", "+", "-", "@", "\t", "\r").anyMatch(value::startsWith) ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
