//! Random secrets and their stored form. Secrets made here carry 256 random bits, so a
//! plain SHA-256 is the right stored form (a slow password hash adds nothing for
//! secrets that cannot be guessed), and lookups by hash stay one indexed read.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
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
}
