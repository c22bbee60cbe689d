//! Anthropic's Messages API (`POST /v1/messages`), with the answer forced through the
//! `submit_integration` tool.

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use super::{
    Price, SYSTEM_PROMPT, TOOL_NAME, call_json, read_answer, request_document, tool_schema,
};
use crate::application::pipeline::ports::{
    CodeGenerator, GeneratedCode, GenerationRequest, ProviderError,
};
use crate::config::Secret;

/// The API version this client speaks.
const API_VERSION: &str = "2023-06-01";

#[derive(Debug, Clone)]
pub struct AnthropicSettings {
    pub base_url: String,
    pub api_key: Secret<String>,
    pub model: String,
    pub max_tokens: u32,
    pub price: Price,
}

pub struct AnthropicGenerator {
    settings: AnthropicSettings,
    http: reqwest::Client,
}

impl AnthropicGenerator {
    pub fn new(settings: AnthropicSettings) -> Result<Self, String> {
        Ok(Self {
            settings,
            http: super::http_client()?,
        })
    }

    fn body(&self, request: &GenerationRequest) -> Value {
        json!({
            "model": self.settings.model,
            "max_tokens": self.settings.max_tokens,
            "system": SYSTEM_PROMPT,
            "messages": [{
                "role": "user",
                "content": [{ "type": "text", "text": request_document(request) }]
            }],
            "tools": [{
                "name": TOOL_NAME,
                "description": "Submit the integration's files, its test command and a summary.",
                "input_schema": tool_schema()
            }],
            "tool_choice": { "type": "tool", "name": TOOL_NAME }
        })
    }
}

#[async_trait]
impl CodeGenerator for AnthropicGenerator {
    fn name(&self) -> String {
        format!("anthropic:{}", self.settings.model)
    }

    async fn generate(
        &self,
        request: &GenerationRequest,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError> {
        let url = format!(
            "{}/v1/messages",
            self.settings.base_url.trim_end_matches('/')
        );
        let call = self
            .http
            .post(url)
            .header("x-api-key", self.settings.api_key.expose())
            .header("anthropic-version", API_VERSION)
            .json(&self.body(request));
        let message = call_json("Anthropic", call, cancel).await?;
        let usage = self.settings.price.usage(
            message["usage"]["input_tokens"].as_u64().unwrap_or(0),
            message["usage"]["output_tokens"].as_u64().unwrap_or(0),
        );
        let Some(input) = message["content"].as_array().and_then(|blocks| {
            blocks
                .iter()
                .find(|b| b["type"] == "tool_use" && b["name"] == TOOL_NAME)
                .map(|b| &b["input"])
        }) else {
            let stop = message["stop_reason"].as_str().unwrap_or("unknown");
            return Err(ProviderError::Permanent(format!(
                "the model's answer does not follow the tool schema: no `{TOOL_NAME}` call (stop reason: {stop})"
            )));
        };
        read_answer(input, self.name(), usage)
    }
}
