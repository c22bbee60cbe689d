//! Access tokens as JWTs. The algorithm is pinned (a token naming another one is
//! refused, which shuts out `alg: none` and HS/RS confusion), and `exp`, `iat`, `sub`,
//! `iss` and `aud` are required and checked, with `nbf` when present.

use chrono::{DateTime, TimeZone, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use codebot_application::identity::ports::{AccessClaims, AccessToken, TokenCodec};
use codebot_domain::identity::Role;

/// Key material for one algorithm.
pub enum SigningKey {
    /// HS256 with a shared secret (at least 32 bytes).
    Hs256(Vec<u8>),
    /// RS256 with a PEM private and public key.
    Rs256 {
        private_pem: Vec<u8>,
        public_pem: Vec<u8>,
    },
    /// EdDSA (Ed25519) with a PEM private and public key.
    EdDsa {
        private_pem: Vec<u8>,
        public_pem: Vec<u8>,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    roles: Vec<String>,
    iat: i64,
    exp: i64,
    iss: String,
    aud: String,
    /// The API key a dashboard session was signed in with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<uuid::Uuid>,
}

pub struct JwtCodec {
    algorithm: Algorithm,
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    audience: String,
    ttl: chrono::Duration,
}

impl JwtCodec {
    /// Fails when the key material does not parse or is too weak.
    pub fn new(
        key: SigningKey,
        issuer: &str,
        audience: &str,
        ttl: std::time::Duration,
    ) -> Result<Self, String> {
        let (algorithm, encoding, decoding) = match key {
            SigningKey::Hs256(secret) => {
                if secret.len() < 32 {
                    return Err("the HS256 secret must be at least 32 bytes".into());
                }
                (
                    Algorithm::HS256,
                    EncodingKey::from_secret(&secret),
                    DecodingKey::from_secret(&secret),
                )
            }
            SigningKey::Rs256 {
                private_pem,
                public_pem,
            } => (
                Algorithm::RS256,
                EncodingKey::from_rsa_pem(&private_pem)
                    .map_err(|e| format!("the RS256 private key: {e}"))?,
                DecodingKey::from_rsa_pem(&public_pem)
                    .map_err(|e| format!("the RS256 public key: {e}"))?,
            ),
            SigningKey::EdDsa {
                private_pem,
                public_pem,
            } => (
                Algorithm::EdDSA,
                EncodingKey::from_ed_pem(&private_pem)
                    .map_err(|e| format!("the EdDSA private key: {e}"))?,
                DecodingKey::from_ed_pem(&public_pem)
                    .map_err(|e| format!("the EdDSA public key: {e}"))?,
            ),
        };
        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.set_required_spec_claims(&["exp", "iat", "sub", "iss", "aud"]);
        validation.validate_nbf = true;
        validation.leeway = 30;
        let codec = Self {
            algorithm,
            encoding,
            decoding,
            validation,
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            ttl: chrono::Duration::from_std(ttl).map_err(|e| e.to_string())?,
        };
        // A key pair that does not match would fail every sign-in; find out now.
        let probe = codec.issue("probe", Role::Viewer, Utc::now())?;
        codec
            .verify(&probe.token)
            .map_err(|e| format!("the signing and verifying keys do not match: {e}"))?;
        Ok(codec)
    }
}

impl TokenCodec for JwtCodec {
    fn issue_for(
        &self,
        user_id: &str,
        role: Role,
        api_key_id: Option<uuid::Uuid>,
        now: DateTime<Utc>,
    ) -> Result<AccessToken, String> {
        let expires_at = now + self.ttl;
        let claims = Claims {
            sub: user_id.to_owned(),
            roles: vec![role.as_str().to_owned()],
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            key: api_key_id,
        };
        let token = jsonwebtoken::encode(&Header::new(self.algorithm), &claims, &self.encoding)
            .map_err(|e| format!("cannot sign an access token: {e}"))?;
        Ok(AccessToken { token, expires_at })
    }

    fn verify(&self, token: &str) -> Result<AccessClaims, String> {
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map_err(|e| e.to_string())?;
        let claims = data.claims;
        let role = claims
            .roles
            .iter()
            .filter_map(|r| Role::parse(r))
            .max()
            .ok_or("the token names no known role")?;
        if claims.sub.is_empty() || claims.sub.len() > 64 {
            return Err("bad subject".into());
        }
        let expires_at = Utc
            .timestamp_opt(claims.exp, 0)
            .single()
            .ok_or("bad expiry")?;
        Ok(AccessClaims {
            user_id: claims.sub,
            role,
            api_key_id: claims.key,
            expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codec() -> JwtCodec {
        JwtCodec::new(
            SigningKey::Hs256(vec![7; 32]),
            "codebot",
            "codebot-api",
            std::time::Duration::from_secs(3600),
        )
        .expect("a codec")
    }

    #[test]
    fn issued_tokens_verify_with_their_claims() {
        let codec = codec();
        let now = Utc::now();
        let token = codec.issue("u1", Role::Developer, now).expect("signed");
        let claims = codec.verify(&token.token).expect("valid");
        assert_eq!(claims.user_id, "u1");
        assert_eq!(claims.role, Role::Developer);
        assert_eq!(claims.api_key_id, None);
        assert_eq!(
            claims.expires_at.timestamp(),
            (now + chrono::Duration::hours(1)).timestamp()
        );
    }

    #[test]
    fn a_key_sessions_token_names_its_key() {
        let codec = codec();
        let key = uuid::Uuid::now_v7();
        let token = codec
            .issue_for("u1", Role::Viewer, Some(key), Utc::now())
            .expect("signed");
        assert_eq!(
            codec.verify(&token.token).expect("valid").api_key_id,
            Some(key)
        );
    }

    #[test]
    fn expired_tokens_and_other_audiences_are_refused() {
        let codec = codec();
        let old = codec
            .issue("u1", Role::Admin, Utc::now() - chrono::Duration::hours(2))
            .expect("signed");
        assert!(codec.verify(&old.token).is_err());
        let other = JwtCodec::new(
            SigningKey::Hs256(vec![7; 32]),
            "codebot",
            "someone-else",
            std::time::Duration::from_secs(3600),
        )
        .expect("a codec");
        let token = other.issue("u1", Role::Admin, Utc::now()).expect("signed");
        assert!(codec.verify(&token.token).is_err());
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(
            JwtCodec::new(
                SigningKey::Hs256(b"short".to_vec()),
                "i",
                "a",
                std::time::Duration::from_secs(60)
            )
            .is_err()
        );
    }
}
