//! Identity adapters: access tokens with `jsonwebtoken`, OAuth sign-in with `oauth2`.

pub mod jwt;
pub mod oauth;
