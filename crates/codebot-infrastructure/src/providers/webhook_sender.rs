//! Sends notification deliveries: a JSON POST signed with the subscription's secret
//! (`X-Codebot-Signature-256`), naming the event type and carrying the delivery's id
//! as its idempotency key, so a receiver can drop a redelivery.

//!
//! Unless private targets are allowed, every name is resolved by [`PublicOnly`], which
//! drops private and loopback addresses, so a subscription cannot reach the server's
//! own network however its name resolves at delivery time (redirects are not
//! followed).

use std::sync::Arc;

use async_trait::async_trait;

use super::deployers::SIGNATURE_HEADER;
use codebot_application::identity::secrets::signature;
use codebot_application::notifications::ports::{DueDelivery, WebhookSender};
use codebot_application::notifications::targets::{is_public_address, names_private_target};

pub struct HttpWebhookSender {
    http: reqwest::Client,
    private_targets: bool,
}

impl HttpWebhookSender {
    /// A sender that calls public endpoints only, unless `private_targets`.
    pub fn new(private_targets: bool) -> Result<Self, String> {
        let mut builder = super::llm::http_client_builder();
        if !private_targets {
            // A proxy would resolve the name itself, past this check: none is used.
            builder = builder.no_proxy().dns_resolver(Arc::new(PublicOnly));
        }
        Ok(Self {
            http: builder.build().map_err(|e| e.to_string())?,
            private_targets,
        })
    }
}

/// Resolves names to their public addresses only.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let all: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<std::net::SocketAddr> = all
                .into_iter()
                .filter(|addr| is_public_address(addr.ip()))
                .collect();
            if public.is_empty() {
                return Err(format!(
                    "{host} resolves to no public address (CODEBOT_NOTIFY_ALLOW_PRIVATE=true allows private ones)"
                )
                .into());
            }
            Ok(Box::new(public.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[async_trait]
impl WebhookSender for HttpWebhookSender {
    async fn send(&self, delivery: &DueDelivery, delivery_key: &str) -> Result<u16, String> {
        // An address in the URL is not resolved, so it is checked here.
        if !self.private_targets
            && reqwest::Url::parse(&delivery.url).is_ok_and(|url| names_private_target(&url))
        {
            return Err("the endpoint is a private address; not calling it".into());
        }
        let body = serde_json::to_vec(&delivery.payload).map_err(|e| e.to_string())?;
        let request = self
            .http
            .post(&delivery.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::USER_AGENT, "claude-code-bot")
            .header("x-codebot-event", &delivery.event_type)
            .header("x-codebot-delivery", delivery_key)
            .header("idempotency-key", delivery_key)
            .header(
                SIGNATURE_HEADER,
                signature(delivery.secret.as_bytes(), &body),
            )
            .body(body);
        let response = super::llm::send_traced("a webhook subscriber", request)
            .await
            .map_err(|e| {
                // The cause (a refused name, say) is deep in the chain.
                let mut detail = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(cause) = source {
                    detail = format!("{detail}: {cause}");
                    source = cause.source();
                }
                if e.is_connect() {
                    format!("the endpoint cannot be reached: {detail}")
                } else {
                    format!("the call failed: {detail}")
                }
            })?;
        Ok(response.status().as_u16())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::dns::Resolve;

    fn delivery(url: String) -> DueDelivery {
        DueDelivery {
            id: 1,
            url,
            secret: "s".into(),
            event_type: "StateChanged".into(),
            payload: serde_json::json!({}),
            attempts: 0,
        }
    }

    #[tokio::test]
    async fn names_and_addresses_of_the_servers_own_network_are_not_called() {
        let error = match PublicOnly
            .resolve("localhost".parse().expect("a name"))
            .await
        {
            Ok(_) => panic!("localhost resolved"),
            Err(error) => error.to_string(),
        };
        assert!(error.contains("no public address"), "{error}");

        // A receiver on loopback, reached by address and by a name that resolves there
        // (as a name re-pointed after subscribing would).
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        let port = listener.local_addr().expect("addr").port();
        let strict = HttpWebhookSender::new(false).expect("a sender");
        for url in [
            format!("http://127.0.0.1:{port}/hooks"),
            format!("http://localhost:{port}/hooks"),
        ] {
            let error = strict
                .send(&delivery(url.clone()), "k")
                .await
                .expect_err("refused");
            assert!(
                error.contains("private") || error.contains("public"),
                "{url}: {error}"
            );
        }
        listener.set_nonblocking(true).expect("nonblocking");
        assert!(listener.accept().is_err(), "nothing connected");
    }
}
