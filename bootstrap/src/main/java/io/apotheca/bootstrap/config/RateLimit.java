package io.apotheca.bootstrap.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many attempts one client address may make per period, written {@code <count>/<n><s|m|h>}
 * such as {@code 10/1m}.
 *
 * @param count attempts allowed per period, at least 1
 * @param period the period over which they refill
 */
public record RateLimit(int count, Duration period) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,6})([smh])");

    public RateLimit {
        if (count < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("must allow at least 1 attempt per positive period");
        }
    }

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
