//! Content negotiation for GraphQL over HTTP.

use axum::http::{HeaderMap, header};

/// The media type a GraphQL response is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseMedia {
    /// `application/graphql-response+json`: request errors get 400.
    GraphqlResponseJson,
    /// `application/json` (the legacy type): every well-formed request gets 200.
    Json,
}

impl ResponseMedia {
    pub const GRAPHQL_RESPONSE_JSON: &'static str = "application/graphql-response+json";

    pub fn content_type(self) -> &'static str {
        match self {
            Self::GraphqlResponseJson => "application/graphql-response+json; charset=utf-8",
            Self::Json => "application/json; charset=utf-8",
        }
    }
}

/// Picks the response media type from the `Accept` header, honouring `q` values.
///
/// No header means `application/json`; `*/*` and `application/*` pick `application/json`
/// too. `None` when the client accepts neither JSON type.
pub fn negotiate(headers: &HeaderMap) -> Option<ResponseMedia> {
    let Some(accept) = headers.get(header::ACCEPT) else {
        return Some(ResponseMedia::Json);
    };
    let accept = accept.to_str().ok()?;
    let mut ranges: Vec<(f32, usize, ResponseMedia)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(index, range)| {
            let mut parts = range.split(';');
            let media = parts.next()?.trim().to_ascii_lowercase();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let picked = match media.as_str() {
                ResponseMedia::GRAPHQL_RESPONSE_JSON => ResponseMedia::GraphqlResponseJson,
                "application/json" | "application/*" | "*/*" => ResponseMedia::Json,
                _ => return None,
            };
            (q > 0.0).then_some((q, index, picked))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.first().map(|(_, _, media)| *media)
}

/// Whether the client asked for HTML (a browser opening the endpoint).
pub fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Whether the request body is declared as JSON (`application/json`, any parameters).
pub fn is_json_body(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(value: &str) -> Option<ResponseMedia> {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_str(value).expect("header"),
        );
        negotiate(&headers)
    }

    #[test]
    fn negotiation_follows_the_accept_header_and_its_weights() {
        assert_eq!(negotiate(&HeaderMap::new()), Some(ResponseMedia::Json));
        assert_eq!(accept("*/*"), Some(ResponseMedia::Json));
        assert_eq!(
            accept("application/graphql-response+json"),
            Some(ResponseMedia::GraphqlResponseJson)
        );
        assert_eq!(
            accept("application/json;q=0.9, application/graphql-response+json"),
            Some(ResponseMedia::GraphqlResponseJson)
        );
        assert_eq!(
            accept("application/graphql-response+json;q=0.5, application/json"),
            Some(ResponseMedia::Json)
        );
        assert_eq!(accept("text/html"), None);
        assert_eq!(accept("application/json;q=0"), None);
    }
}
