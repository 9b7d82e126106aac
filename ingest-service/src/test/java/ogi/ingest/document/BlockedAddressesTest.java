package ogi.ingest.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** Unit: the addresses a fetch by URL refuses, among them those a plain private/loopback check misses. */
class BlockedAddressesTest {
    @Test
    void everyRangeOutsideThePublicInternetIsBlocked() throws Exception {
        for (String address : new String[] {"100.100.100.200", "100.64.0.1", "169.254.169.254", "10.1.2.3",
                "172.31.255.255", "192.168.1.1", "127.0.0.1", "0.0.0.0", "0.1.2.3", "192.0.2.10", "198.18.0.1",
                "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1",
                "255.255.255.255", "192.0.0.8", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
                "2001:db8::1", "::ffff:127.0.0.1", "::ffff:100.100.100.200", "64:ff9b::a9fe:a9fe", "2002:a00:1::1"}) {
            assertTrue(BlockedAddresses.blocked(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void publicAddressesAreNot() throws Exception {
        for (String address : new String[] {"8.8.8.8", "114.114.114.114", "100.128.0.1", "198.20.0.1", "223.5.5.5",
                "2400:3200::1", "::ffff:8.8.8.8"}) {
            assertFalse(BlockedAddresses.blocked(InetAddress.getByName(address)), address);
        }
    }
}
