//! The web dashboard: `web/dist`, built by `npm run build` in `web/` and committed, is
//! embedded in the binary, so the product serves it with nothing else installed.
//! Hashed assets are cached for a year; `index.html` is never cached and answers every
//! other browser path (the dashboard routes on the client). `playground.html` is the
//! GraphQL playground (GraphiQL) that `GET /graphql` serves to a browser.

use axum::body::Body;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use super::problem::Problem;

#[derive(RustEmbed)]
#[folder = "../../web/dist/"]
struct Assets;

/// What the dashboard's pages may load: only this origin (plus the websocket to it),
/// no frames, no plugins.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

/// The playground's: the dashboard's, plus the fonts GraphiQL's stylesheet carries as
/// `data:` URLs and Monaco's editor workers, which are module scripts from this origin.
const PLAYGROUND_CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn file(path: &str, cache: &'static str, csp: &'static str) -> Option<Response> {
    let asset = Assets::get(path)?;
    let mut response = Response::new(Body::from(asset.data.into_owned()));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if path.ends_with(".html") {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        );
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        );
    }
    Some(response)
}

/// The GraphQL playground page (its scripts and styles are under `/assets/`), if it is
/// built into this binary.
pub(super) fn playground() -> Option<Response> {
    file(
        "playground.html",
        "no-cache",
        PLAYGROUND_CONTENT_SECURITY_POLICY,
    )
}

/// Every path no other route takes.
pub async fn serve(method: Method, uri: Uri) -> Response {
    let path = uri.path();
    let api = [
        "/graphql",
        "/auth/",
        "/webhooks/",
        "/healthz",
        "/readyz",
        "/metrics",
    ];
    if api.iter().any(|prefix| path.starts_with(prefix)) {
        return Problem::new(StatusCode::NOT_FOUND, "NOT_FOUND", "no such endpoint")
            .into_response();
    }
    if method != Method::GET && method != Method::HEAD {
        return Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
            "the dashboard is read with GET",
        )
        .with_allow("GET, HEAD")
        .into_response();
    }
    let relative = path.trim_start_matches('/');
    if let Some(asset) = relative.strip_prefix("assets/").and_then(|_| {
        file(
            relative,
            "public, max-age=31536000, immutable",
            CONTENT_SECURITY_POLICY,
        )
    }) {
        return asset;
    }
    if relative.starts_with("assets/") {
        return Problem::new(StatusCode::NOT_FOUND, "NOT_FOUND", "no such asset").into_response();
    }
    file("index.html", "no-cache", CONTENT_SECURITY_POLICY).unwrap_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "the dashboard is not built into this binary",
        )
        .into_response()
    })
}
