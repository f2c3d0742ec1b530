package io.apotheca.application.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The network an address belongs to, as far as one person's connection usually reaches: its /24 for
 * IPv4, its /64 for IPv6. A patient's address changes within these (a carrier's NAT pool, IPv6
 * privacy addresses) far more often than it leaves them, so "signed in from here before" is judged
 * by network, not by exact address.
 */
final class ClientNetwork {

    /** Only literals are parsed, so that no name is ever looked up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientNetwork() {}

    static String of(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int kept = bytes.length == 4 ? 3 : 8;
            Arrays.fill(bytes, kept, bytes.length, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + kept * 8;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
