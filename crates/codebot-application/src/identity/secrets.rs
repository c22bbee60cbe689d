//! Random secrets and their stored form. Secrets made here carry 256 random bits, so a
//! plain SHA-256 is the right stored form (a slow password hash adds nothing for
//! secrets that cannot be guessed), and lookups by hash stay one indexed read.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The prefix every API key starts with, so that scanners and people recognise one.
pub const API_KEY_PREFIX: &str = "cb_";

/// 32 random bytes, URL-safe base64 (43 characters).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new API key secret: `cb_` and 43 URL-safe characters.
pub fn new_api_key() -> String {
    format!("{API_KEY_PREFIX}{}", random_token())
}

/// Whether a presented credential looks like one of our API keys.
pub fn is_api_key(credential: &str) -> bool {
    credential.len() == API_KEY_PREFIX.len() + 43 && credential.starts_with(API_KEY_PREFIX)
}

/// Lower-case hex SHA-256: the stored form of a secret.
pub fn hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `sha256=<hex>` of `body` under `secret`: how webhook bodies are signed, both
/// GitHub's (`X-Hub-Signature-256`) and this server's own.
pub fn signature(secret: &[u8], body: &[u8]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mac) => mac,
        // HMAC takes keys of any length; this arm is never taken.
        Err(_) => return String::new(),
    };
    mac.update(body);
    format!("sha256={}", hex(&mac.finalize().into_bytes()))
}

/// Whether `signature` (`sha256=<hex>`) is the HMAC of `body` under `secret`,
/// compared in constant time.
pub fn signature_matches(secret: &[u8], body: &[u8], signature: &str) -> bool {
    let Some(expected) = signature.strip_prefix("sha256=").and_then(from_hex) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// Whether two secrets are equal, compared in constant time (for their length).
pub fn same(presented: &str, expected: &str) -> bool {
    let (a, b) = (hash(presented), hash(expected));
    a.bytes()
        .zip(b.bytes())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_keys_are_unique_recognisable_and_hash_to_hex() {
        let a = new_api_key();
        let b = new_api_key();
        assert_ne!(a, b);
        assert!(is_api_key(&a) && is_api_key(&b));
        assert!(!is_api_key("cb_short"));
        assert!(!is_api_key("eyJhbGciOiJIUzI1NiJ9.e30.x"));
        assert_eq!(hash(&a).len(), 64);
        assert_eq!(hash(&a), hash(&a));
        assert_ne!(hash(&a), hash(&b));
    }

    #[test]
    fn signatures_are_checked_against_the_body_and_secret() {
        let secret = b"It's a Secret to Everybody";
        let body = b"Hello, World!";
        // GitHub's documented example.
        let good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        assert!(signature_matches(secret, body, good));
        assert!(!signature_matches(secret, b"Hello, World?", good));
        assert!(!signature_matches(b"another secret", body, good));
        assert!(!signature_matches(secret, body, "sha1=757107ea"));
        assert!(!signature_matches(secret, body, "sha256=zz"));
        assert!(!signature_matches(secret, body, ""));
        assert_eq!(signature(secret, body), good);
    }
}
