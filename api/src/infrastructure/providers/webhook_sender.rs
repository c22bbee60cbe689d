//! Sends notification deliveries: a JSON POST signed with the subscription's secret
//! (`X-Codebot-Signature-256`), naming the event type and carrying the delivery's id
//! as its idempotency key, so a receiver can drop a redelivery.

use async_trait::async_trait;

use super::deployers::{SIGNATURE_HEADER, signature};
use crate::application::notifications::{DueDelivery, WebhookSender};

pub struct HttpWebhookSender {
    http: reqwest::Client,
}

impl HttpWebhookSender {
    pub fn new() -> Result<Self, String> {
        Ok(Self {
            http: super::llm::http_client()?,
        })
    }
}

#[async_trait]
impl WebhookSender for HttpWebhookSender {
    async fn send(&self, delivery: &DueDelivery, delivery_key: &str) -> Result<u16, String> {
        let body = serde_json::to_vec(&delivery.payload).map_err(|e| e.to_string())?;
        let response = self
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
            .body(body)
            .send()
            .await
            .map_err(|e| {
                if e.is_connect() {
                    format!("the endpoint cannot be reached: {e}")
                } else {
                    format!("the call failed: {e}")
                }
            })?;
        Ok(response.status().as_u16())
    }
}
