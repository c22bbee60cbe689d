//! Which endpoints a notification may call: public addresses only (unless the server
//! allows private ones), judged once when a subscription names its URL and again on
//! every delivery, where the name is resolved.

/// Whether `url` names a private target by itself: a private or loopback address, or
/// a `localhost` name. (Other names are judged by what they resolve to.)
pub fn names_private_target(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => !is_public_address(ip.into()),
        Some(url::Host::Ipv6(ip)) => !is_public_address(ip.into()),
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        None => false,
    }
}

/// Whether `ip` is an address on the public internet: not loopback, private,
/// link-local (cloud metadata lives there), shared (CGNAT), unique-local, multicast,
/// documentation or unspecified, in IPv4 or IPv6 (IPv4-mapped included).
pub fn is_public_address(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || (a == 198 && (b == 18 || b == 19))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            // IPv4-mapped and IPv4-compatible forms (`::ffff:a.b.c.d`, `::a.b.c.d`;
            // `::` and `::1` come out as 0.0.0.0 and 0.0.0.1, which are not public).
            if let Some(v4) = v6.to_ipv4() {
                return is_public_address(IpAddr::V4(v4));
            }
            let s = v6.segments();
            // 6to4 carries an IPv4 address in its prefix.
            if s[0] == 0x2002 {
                let v4 = std::net::Ipv4Addr::new(
                    (s[1] >> 8) as u8,
                    s[1] as u8,
                    (s[2] >> 8) as u8,
                    s[2] as u8,
                );
                return is_public_address(IpAddr::V4(v4));
            }
            !(v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local
                || (s[0] & 0xffc0) == 0xfe80 // link-local
                || (s[0] & 0xffc0) == 0xfec0 // site-local
                || (s[0] == 0x2001 && s[1] == 0x0000) // Teredo
                || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
                || (s[0] == 0x0064 && s[1] == 0xff9b)) // NAT64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_count_as_public() {
        for private in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fe80::1",
            "fd12:3456::1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "::10.0.0.1",
            "fec0::1",
            "2002:7f00:1::1",
            "2001:0:4136:e378::1",
            "2001:db8::1",
        ] {
            let ip: std::net::IpAddr = private.parse().expect("an address");
            assert!(!is_public_address(ip), "{private}");
        }
        for public in [
            "8.8.8.8",
            "140.82.112.3",
            "2606:4700::1111",
            "::ffff:1.1.1.1",
            "2002:0808:0808::1",
        ] {
            let ip: std::net::IpAddr = public.parse().expect("an address");
            assert!(is_public_address(ip), "{public}");
        }
    }
}
