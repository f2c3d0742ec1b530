package io.apotheca.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may be posted to: HTTPS to a host whose every address is public. A webhook
 * that could name a loopback, private, link-local (cloud metadata at 169.254.169.254), shared,
 * multicast or unspecified address would let whoever registers it reach into the pharmacy's own
 * network (server-side request forgery). The host is resolved again before each delivery, so a
 * name that later points inward is refused then too.
 */
final class PublicAddresses {

    private final boolean allowPrivateNetworks;

    PublicAddresses(boolean allowPrivateNetworks) {
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** Why the URL may not be posted to, or empty. */
    Optional<String> refusalOf(URI url) {
        if (allowPrivateNetworks) {
            return Optional.empty();
        }
        if (!"https".equals(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))) {
            return Optional.of("must be an https URL");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException | SecurityException unknown) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to a private, loopback or link-local address, which webhooks may"
                        + " not be sent to");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this" network
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (carrier NAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7
            if (isMappedV4(b)) {
                return embeddedIsPublic(b, 12); // ::ffff:0:0/96: an IPv4 address inside
            }
            if ((first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
                return embeddedIsPublic(b, 12); // NAT64, 64:ff9b::/96: an IPv4 address inside
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return embeddedIsPublic(b, 2); // 6to4, 2002::/16: an IPv4 address inside
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean embeddedIsPublic(byte[] b, int from) {
        try {
            return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4)));
        } catch (UnknownHostException impossible) {
            return false;
        }
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
