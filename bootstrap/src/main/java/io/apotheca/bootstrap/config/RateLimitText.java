package io.apotheca.bootstrap.config;

import io.apotheca.application.shared.RateLimit;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rate limit written {@code <count>/<n><s|m|h>}, such as {@code 10/1m}. */
final class RateLimitText {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,6})([smh])");

    private RateLimitText() {}

    static RateLimit parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("must look like 10/1m: <count>/<n><s|m|h>");
        }
        long n = Long.parseLong(m.group(2));
        Duration period = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
        return new RateLimit(Integer.parseInt(m.group(1)), period);
    }
}
