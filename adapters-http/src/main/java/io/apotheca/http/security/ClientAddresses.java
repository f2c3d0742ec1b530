package io.apotheca.http.security;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, for rate limits: the connection's address, unless it is a trusted proxy, then
 * the nearest untrusted address in {@code X-Forwarded-For} (read from the right, since a client may
 * write anything on the left).
 */
public final class ClientAddresses {

    private final List<Range> trusted;

    /** @param trustedProxies addresses or CIDR ranges, such as {@code 10.0.0.0/8} */
    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Range::parse).toList();
    }

    public String of(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        // every X-Forwarded-For header, in order: a proxy may add its own header rather than append
        String forwarded = String.join(",", java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = Range.literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private record Range(byte[] network, int prefix) {

        private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
        private static final java.util.regex.Pattern IPV6 =
                java.util.regex.Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*");

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network =
                    literal(parts[0]).orElseThrow(() -> new IllegalArgumentException("not an address: " + text));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            return new Range(network, prefix);
        }

        static Optional<byte[]> literal(String text) {
            if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
                return Optional.empty(); // a literal address only: a name is never resolved
            }
            try {
                return Optional.of(InetAddress.getByName(text).getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
