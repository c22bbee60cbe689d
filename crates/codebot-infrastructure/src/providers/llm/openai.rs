//! Any OpenAI-compatible chat-completions server (`POST {base}/chat/completions`):
//! OpenAI itself, Ollama, vLLM, llama.cpp. The answer is forced through a function
//! tool whose arguments are the `submit_integration` input.

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use super::{
    Price, SYSTEM_PROMPT, TOOL_NAME, call_json, malformed, read_answer, request_document,
    tool_schema,
};
use codebot_application::pipeline::ports::{
    CodeGenerator, GeneratedCode, GenerationRequest, ProgressSink, ProviderError,
};
use codebot_application::secret::Secret;

#[derive(Debug, Clone)]
pub struct OpenAiSettings {
    /// E.g. `https://api.openai.com/v1` or `http://localhost:11434/v1`.
    pub base_url: String,
    pub api_key: Option<Secret<String>>,
    pub model: String,
    pub max_tokens: u32,
    pub price: Price,
}

pub struct OpenAiGenerator {
    settings: OpenAiSettings,
    http: reqwest::Client,
}

impl OpenAiGenerator {
    pub fn new(settings: OpenAiSettings) -> Result<Self, String> {
        Ok(Self {
            settings,
            http: super::http_client()?,
        })
    }
}

#[async_trait]
impl CodeGenerator for OpenAiGenerator {
    fn name(&self) -> String {
        format!("openai:{}", self.settings.model)
    }

    async fn generate(
        &self,
        request: &GenerationRequest,
        progress: &dyn ProgressSink,
        cancel: &CancellationToken,
    ) -> Result<GeneratedCode, ProviderError> {
        let url = format!(
            "{}/chat/completions",
            self.settings.base_url.trim_end_matches('/')
        );
        let body = json!({
            "model": self.settings.model,
            "max_tokens": self.settings.max_tokens,
            "messages": [
                { "role": "system", "content": SYSTEM_PROMPT },
                { "role": "user", "content": request_document(request) }
            ],
            "tools": [{
                "type": "function",
                "function": {
                    "name": TOOL_NAME,
                    "description": "Submit the integration's files, its test command and a summary.",
                    "parameters": tool_schema()
                }
            }],
            "tool_choice": { "type": "function", "function": { "name": TOOL_NAME } }
        });
        let mut call = self.http.post(url).json(&body);
        if let Some(key) = &self.settings.api_key {
            call = call.bearer_auth(key.expose());
        }
        let completion = call_json("the model server", call, cancel).await?;
        let usage = self.settings.price.usage(
            completion["usage"]["prompt_tokens"].as_u64().unwrap_or(0),
            completion["usage"]["completion_tokens"]
                .as_u64()
                .unwrap_or(0),
        );
        if !usage.is_zero() {
            progress.spent(usage);
        }
        let arguments = completion["choices"][0]["message"]["tool_calls"]
            .as_array()
            .and_then(|calls| {
                calls
                    .iter()
                    .find(|c| c["function"]["name"] == TOOL_NAME)
                    .and_then(|c| c["function"]["arguments"].as_str())
            })
            .ok_or_else(|| malformed(format!("no `{TOOL_NAME}` call")))?;
        let input: Value = serde_json::from_str(arguments)
            .map_err(|e| malformed(format!("its arguments are not JSON: {e}")))?;
        read_answer(&input, self.name(), usage)
    }
}
