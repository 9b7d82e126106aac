package ogi.ingest.document;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The addresses a fetch by URL never goes to: every range that is not the public Internet (IANA special-purpose
 * registries): this host, private networks, shared address space (100.64.0.0/10, where some clouds answer their
 * metadata service, e.g. 100.100.100.200), loopback, link-local (169.254.0.0/16, the usual metadata address),
 * protocol assignments, documentation and benchmarking ranges, multicast, reserved and broadcast; for IPv6 the same
 * and the IPv4 addresses it can carry (mapped, NAT64, 6to4), which are judged as IPv4.
 */
public final class BlockedAddresses {
    /** The ranges, for the README and the refusal message. */
    public static final List<String> RANGES = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
            "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private record Range(BigInteger network, int bits, int length) {
        boolean contains(byte[] address) {
            if (address.length * 8 != length) {
                return false;
            }
            BigInteger value = new BigInteger(1, address);
            return value.shiftRight(length - bits).equals(network.shiftRight(length - bits));
        }
    }

    private static final List<Range> PARSED = RANGES.stream().map(BlockedAddresses::range).toList();

    private BlockedAddresses() {
    }

    public static boolean blocked(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(bytes);
        if (embedded != null) {
            bytes = embedded;
        }
        for (Range range : PARSED) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        boolean zeroes80 = true;
        for (int i = 0; i < 10; i++) {
            zeroes80 &= b[i] == 0;
        }
        if (zeroes80 && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static Range range(String cidr) {
        String[] parts = cidr.split("/");
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            return new Range(new BigInteger(1, network), Integer.parseInt(parts[1]), network.length * 8);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
