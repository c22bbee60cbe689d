//! Secret config values encrypted at rest, by envelope encryption: each value gets a
//! data key of its own (AES-256-GCM), and the data key is stored wrapped by a key
//! encryption key from configuration. A dump of the database holds neither in the
//! clear. Rotation re-wraps only the data keys (`codebot secrets rotate`).
//!
//! A sealed value is one JSON string:
//! `enc:v1:<key id>:<base64 nonce + wrapped data key>:<base64 nonce + ciphertext>`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use serde_json::Value;

const PREFIX: &str = "enc:v1:";

/// A key encryption key and its id.
struct Kek {
    id: String,
    key: LessSafeKey,
}

/// Seals and opens secret values with the configured keys; the first key seals.
pub struct SecretBox {
    keys: Vec<Kek>,
    rng: SystemRandom,
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|k| k.id.as_str()).collect();
        f.debug_struct("SecretBox").field("keys", &ids).finish()
    }
}

fn aead_key(bytes: &[u8]) -> Result<LessSafeKey, String> {
    UnboundKey::new(&AES_256_GCM, bytes)
        .map(LessSafeKey::new)
        .map_err(|_| "a key must be 32 bytes".to_owned())
}

impl SecretBox {
    /// A box over `keys` (id, 32-byte key), the first one sealing.
    ///
    /// Fails when there is no key, a key is not 32 bytes or an id is not a plain name.
    pub fn new(keys: Vec<(String, Vec<u8>)>) -> Result<Self, String> {
        if keys.is_empty() {
            return Err("at least one key is needed".to_owned());
        }
        let keys = keys
            .into_iter()
            .map(|(id, bytes)| {
                if id.is_empty()
                    || !id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                {
                    return Err(format!("`{id}`: a key id is letters, digits, - and _"));
                }
                Ok(Kek {
                    key: aead_key(&bytes).map_err(|e| format!("key `{id}`: {e}"))?,
                    id,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            keys,
            rng: SystemRandom::new(),
        })
    }

    /// A box whose one key is derived from `secret` (see [`derived_key`](Self::derived_key)),
    /// named `id`.
    pub fn derived(id: &str, secret: &[u8]) -> Result<Self, String> {
        Self::new(vec![(id.to_owned(), Self::derived_key(secret)?)])
    }

    /// A 32-byte key derived from `secret` with HKDF-SHA256.
    pub fn derived_key(secret: &[u8]) -> Result<Vec<u8>, String> {
        let salt = ring::hkdf::Salt::new(ring::hkdf::HKDF_SHA256, b"codebot secrets at rest");
        let mut key = vec![0u8; 32];
        salt.extract(secret)
            .expand(&[b"v1"], &AES_256_GCM)
            .and_then(|okm| okm.fill(&mut key))
            .map_err(|_| "cannot derive a key".to_owned())?;
        Ok(key)
    }

    /// Parses `id:base64key,id:base64key,…` (the first one seals).
    pub fn parse(list: &str) -> Result<Self, String> {
        Self::new(Self::parse_keys(list)?)
    }

    /// The keys of `id:base64key,…`, in order.
    pub fn parse_keys(list: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
        list.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                let (id, key) = entry
                    .split_once(':')
                    .ok_or_else(|| "each key is ID:BASE64KEY".to_owned())?;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(key.trim())
                    .map_err(|_| format!("key `{}` is not base64", id.trim()))?;
                Ok((id.trim().to_owned(), bytes))
            })
            .collect()
    }

    fn nonce(&self) -> Result<[u8; NONCE_LEN], String> {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce)
            .map_err(|_| "no randomness".to_owned())?;
        Ok(nonce)
    }

    fn encrypt(&self, key: &LessSafeKey, aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, String> {
        let nonce = self.nonce()?;
        let mut sealed = plain.to_vec();
        key.seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut sealed,
        )
        .map_err(|_| "cannot encrypt".to_owned())?;
        let mut out = nonce.to_vec();
        out.extend(sealed);
        Ok(out)
    }

    fn decrypt(key: &LessSafeKey, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, String> {
        if sealed.len() < NONCE_LEN {
            return Err("too short".to_owned());
        }
        let (nonce, rest) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| "bad nonce".to_owned())?;
        let mut rest = rest.to_vec();
        let plain = key
            .open_in_place(nonce, Aad::from(aad), &mut rest)
            .map_err(|_| "the value does not open with its key".to_owned())?;
        Ok(plain.to_vec())
    }

    fn wrap(&self, kek: &Kek, data_key: &[u8]) -> Result<String, String> {
        Ok(B64.encode(self.encrypt(&kek.key, kek.id.as_bytes(), data_key)?))
    }

    /// `value` sealed: a string only the configured keys open.
    ///
    /// Fails only when the system has no randomness.
    pub fn seal(&self, value: &Value) -> Result<Value, String> {
        let kek = &self.keys[0];
        let mut data_key = [0u8; 32];
        self.rng
            .fill(&mut data_key)
            .map_err(|_| "no randomness".to_owned())?;
        let plain = serde_json::to_vec(value).map_err(|e| e.to_string())?;
        let body = self.encrypt(&aead_key(&data_key)?, PREFIX.as_bytes(), &plain)?;
        Ok(Value::String(format!(
            "{PREFIX}{}:{}:{}",
            kek.id,
            self.wrap(kek, &data_key)?,
            B64.encode(body)
        )))
    }

    /// Whether `value` is a sealed value.
    pub fn is_sealed(value: &Value) -> bool {
        value.as_str().is_some_and(|s| s.starts_with(PREFIX))
    }

    /// The data key of a sealed value, unwrapped, with the id of the key that wrapped it.
    fn data_key<'a>(&self, text: &'a str) -> Result<(Vec<u8>, &'a str, &'a str), String> {
        let rest = text.strip_prefix(PREFIX).ok_or("not a sealed value")?;
        let mut parts = rest.splitn(3, ':');
        let (Some(id), Some(wrapped), Some(body)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err("a sealed value has three parts".to_owned());
        };
        let kek = self
            .keys
            .iter()
            .find(|k| k.id == id)
            .ok_or_else(|| format!("no key `{id}` is configured (CODEBOT_SECRETS_KEYS)"))?;
        let wrapped = B64.decode(wrapped).map_err(|_| "bad base64")?;
        Ok((Self::decrypt(&kek.key, id.as_bytes(), &wrapped)?, id, body))
    }

    /// The value `sealed` holds; any other value as it is.
    ///
    /// Fails when the key that sealed it is not configured or the value was altered.
    pub fn open(&self, sealed: &Value) -> Result<Value, String> {
        let Some(text) = sealed.as_str().filter(|s| s.starts_with(PREFIX)) else {
            return Ok(sealed.clone());
        };
        let (data_key, _, body) = self.data_key(text)?;
        let body = B64.decode(body).map_err(|_| "bad base64")?;
        let plain = Self::decrypt(&aead_key(&data_key)?, PREFIX.as_bytes(), &body)?;
        serde_json::from_slice(&plain).map_err(|e| e.to_string())
    }

    /// `sealed` with its data key wrapped by the sealing key instead; `None` when it
    /// already is (or is not a sealed value).
    ///
    /// Fails like [`open`](Self::open).
    pub fn rewrap(&self, sealed: &Value) -> Result<Option<Value>, String> {
        let Some(text) = sealed.as_str().filter(|s| s.starts_with(PREFIX)) else {
            return Ok(None);
        };
        let (data_key, id, body) = self.data_key(text)?;
        let kek = &self.keys[0];
        if id == kek.id {
            return Ok(None);
        }
        Ok(Some(Value::String(format!(
            "{PREFIX}{}:{}:{body}",
            kek.id,
            self.wrap(kek, &data_key)?
        ))))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn key(byte: u8) -> String {
        base64::engine::general_purpose::STANDARD.encode([byte; 32])
    }

    #[test]
    fn a_sealed_value_opens_only_with_its_key_and_hides_the_secret() {
        let one = SecretBox::parse(&format!("one:{}", key(1))).expect("box");
        let secret = json!("hunter2-hunter2-hunter2");
        let sealed = one.seal(&secret).expect("sealed");
        assert!(SecretBox::is_sealed(&sealed));
        assert!(!sealed.to_string().contains("hunter2"));
        assert_ne!(
            one.seal(&secret).expect("sealed"),
            sealed,
            "a fresh data key each time"
        );
        assert_eq!(one.open(&sealed).expect("opens"), secret);
        assert_eq!(one.open(&json!("plain")).expect("as is"), json!("plain"));
        let other = SecretBox::parse(&format!("one:{}", key(2))).expect("box");
        assert!(other.open(&sealed).is_err());
        // One ciphertext character changed (not the last: its low bits may be padding
        // the decoder ignores, and it may already be the replacement).
        let text = sealed.as_str().expect("text");
        let at = text.len() - 6;
        let was = text.as_bytes()[at];
        let mut altered = text.to_owned();
        altered.replace_range(at..=at, if was == b'A' { "B" } else { "A" });
        assert!(one.open(&Value::String(altered)).is_err());
    }

    #[test]
    fn rotation_rewraps_the_data_key_with_the_new_first_key() {
        let old = SecretBox::parse(&format!("old:{}", key(1))).expect("box");
        let sealed = old.seal(&json!({ "token": "t" })).expect("sealed");
        let both = SecretBox::parse(&format!("new:{},old:{}", key(3), key(1))).expect("box");
        let rewrapped = both.rewrap(&sealed).expect("rewraps").expect("changed");
        assert!(rewrapped.as_str().expect("text").starts_with("enc:v1:new:"));
        assert_eq!(both.rewrap(&rewrapped).expect("no change"), None);
        let new_only = SecretBox::parse(&format!("new:{}", key(3))).expect("box");
        assert_eq!(
            new_only.open(&rewrapped).expect("opens"),
            json!({ "token": "t" })
        );
        assert!(new_only.open(&sealed).is_err());
    }

    #[test]
    fn bad_key_lists_are_refused_with_a_reason() {
        assert!(SecretBox::parse("").is_err());
        assert!(SecretBox::parse("k:notbase64!").is_err());
        assert!(
            SecretBox::parse(&format!(
                "k:{}",
                base64::engine::general_purpose::STANDARD.encode([1u8; 16])
            ))
            .is_err()
        );
        assert!(SecretBox::parse(&format!("bad id:{}", key(1))).is_err());
    }
}
