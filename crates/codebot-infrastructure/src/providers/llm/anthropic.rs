//! Anthropic's Messages API (`POST /v1/messages`), with the answer forced through the
//! `submit_integration` tool and streamed (server-sent events), so the pipeline can
//! record how far a generation has come while the model writes.

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use super::sse::{SseDecoder, SseEvent};
use super::{
    AnswerProgress, Price, SYSTEM_PROMPT, TOOL_NAME, call_json_body, classify, malformed,
    read_answer, request_document, retry_after, tool_schema, transport,
};
use codebot_application::pipeline::ports::{
    CodeGenerator, GeneratedCode, GenerationRequest, ProgressSink, ProviderError,
};
use codebot_application::secret::Secret;

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
            "tool_choice": { "type": "tool", "name": TOOL_NAME },
            "stream": true
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
        progress: &dyn ProgressSink,
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
        let mut response = tokio::select! {
            response = super::send_traced("Anthropic", call) => response.map_err(|e| transport("Anthropic", &e))?,
            () = cancel.cancelled() => return Err(ProviderError::Cancelled),
        };
        let status = response.status();
        if !status.is_success() {
            let wait = retry_after(response.headers());
            let text = response
                .text()
                .await
                .map_err(|e| transport("Anthropic", &e))?;
            return Err(classify("Anthropic", status, wait, &text));
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        if content_type.starts_with("application/json") {
            // A gateway in between that does not stream: the whole message at once.
            let message = call_json_body("Anthropic", response).await?;
            return self.whole_message(&message, progress);
        }
        if !content_type.starts_with("text/event-stream") {
            let text = response.text().await.unwrap_or_default();
            return Err(ProviderError::Permanent(format!(
                "Anthropic answered something that is not an event stream: {}",
                text.chars().take(200).collect::<String>()
            )));
        }
        let mut message = StreamedMessage::default();
        read_stream(
            &mut response,
            &mut message,
            self.settings.price,
            progress,
            cancel,
        )
        .await?;
        let usage = self
            .settings
            .price
            .usage(message.input_tokens, message.output_tokens);
        let input = message.finish()?;
        read_answer(&input, self.name(), usage)
    }
}

impl AnthropicGenerator {
    /// The answer of a message that came whole rather than streamed.
    fn whole_message(
        &self,
        message: &Value,
        progress: &dyn ProgressSink,
    ) -> Result<GeneratedCode, ProviderError> {
        let usage = self.settings.price.usage(
            message["usage"]["input_tokens"].as_u64().unwrap_or(0),
            message["usage"]["output_tokens"].as_u64().unwrap_or(0),
        );
        if !usage.is_zero() {
            progress.spent(usage);
        }
        let Some(input) = message["content"].as_array().and_then(|blocks| {
            blocks
                .iter()
                .find(|b| b["type"] == "tool_use" && b["name"] == TOOL_NAME)
                .map(|b| &b["input"])
        }) else {
            let stop = message["stop_reason"].as_str().unwrap_or("unknown");
            return Err(malformed(format!(
                "no `{TOOL_NAME}` call (stop reason: {stop})"
            )));
        };
        read_answer(input, self.name(), usage)
    }
}

/// Reads the event stream into `message` until it ends, reporting progress, and the
/// tokens as the stream counts them (so that a call cut short by a timeout has
/// reported what it spent so far).
async fn read_stream(
    response: &mut reqwest::Response,
    message: &mut StreamedMessage,
    price: Price,
    progress: &dyn ProgressSink,
    cancel: &CancellationToken,
) -> Result<(), ProviderError> {
    let mut decoder = SseDecoder::default();
    let mut reported = (0, 0);
    loop {
        let chunk = tokio::select! {
            chunk = response.chunk() => chunk.map_err(|e| transport("Anthropic", &e))?,
            () = cancel.cancelled() => return Err(ProviderError::Cancelled),
        };
        let Some(chunk) = chunk else {
            return Ok(());
        };
        let events = decoder.push(&chunk).map_err(|e| {
            ProviderError::Retryable(format!("Anthropic's stream is unreadable: {e}"))
        })?;
        let before = message.answer.progress();
        let outcome = events.iter().try_for_each(|event| message.on(event));
        let counted = (message.input_tokens, message.output_tokens);
        if counted != reported {
            progress.spent(price.usage(
                counted.0.saturating_sub(reported.0),
                counted.1.saturating_sub(reported.1),
            ));
            reported = counted;
        }
        outcome?;
        let now = message.answer.progress();
        if now != before {
            progress.report(now);
        }
    }
}

/// The message as its stream has told it so far.
#[derive(Default)]
struct StreamedMessage {
    input_tokens: u64,
    output_tokens: u64,
    /// The index of the content block that calls the answer tool.
    tool_block: Option<u64>,
    /// That block's input JSON, as streamed.
    tool_input: String,
    answer: AnswerProgress,
    stop_reason: Option<String>,
    stopped: bool,
}

impl StreamedMessage {
    /// Takes in one streamed event. Unknown events are ignored, as Anthropic asks of
    /// clients; an `error` event ends the call.
    fn on(&mut self, event: &SseEvent) -> Result<(), ProviderError> {
        if event.event == "ping" {
            return Ok(());
        }
        let data: Value = serde_json::from_str(&event.data).map_err(|e| {
            ProviderError::Retryable(format!(
                "Anthropic streamed an event that is not JSON ({}): {e}",
                event.event
            ))
        })?;
        let count = |value: &Value| value.as_u64();
        match event.event.as_str() {
            "message_start" => {
                let usage = &data["message"]["usage"];
                self.input_tokens = count(&usage["input_tokens"]).unwrap_or(0);
                self.output_tokens = count(&usage["output_tokens"]).unwrap_or(0);
            }
            "content_block_start" => {
                let block = &data["content_block"];
                if block["type"] == "tool_use" && block["name"] == TOOL_NAME {
                    self.tool_block = count(&data["index"]);
                }
            }
            "content_block_delta" => {
                let delta = &data["delta"];
                if self.tool_block.is_some()
                    && count(&data["index"]) == self.tool_block
                    && delta["type"] == "input_json_delta"
                {
                    let fragment = delta["partial_json"].as_str().unwrap_or_default();
                    self.tool_input.push_str(fragment);
                    self.answer.push(fragment);
                }
            }
            "message_delta" => {
                if let Some(reason) = data["delta"]["stop_reason"].as_str() {
                    self.stop_reason = Some(reason.to_owned());
                }
                // Cumulative: the latest count is the total.
                if let Some(output) = count(&data["usage"]["output_tokens"]) {
                    self.output_tokens = output;
                }
                if let Some(input) = count(&data["usage"]["input_tokens"]) {
                    self.input_tokens = input;
                }
            }
            "message_stop" => self.stopped = true,
            "error" => {
                let kind = data["error"]["type"].as_str().unwrap_or("unknown");
                let detail = data["error"]["message"].as_str().unwrap_or_default();
                let message = format!("Anthropic reported {kind} while streaming: {detail}");
                return Err(match kind {
                    "overloaded_error" | "api_error" | "rate_limit_error" | "timeout_error" => {
                        ProviderError::Retryable(message)
                    }
                    _ => ProviderError::Permanent(message),
                });
            }
            _ => {}
        }
        Ok(())
    }

    /// The tool's input once the stream has ended.
    fn finish(self) -> Result<Value, ProviderError> {
        if !self.stopped {
            return Err(ProviderError::Retryable(
                "Anthropic's stream ended before the message did".into(),
            ));
        }
        let stop = self.stop_reason.as_deref().unwrap_or("unknown");
        if self.tool_block.is_none() {
            return Err(malformed(format!(
                "no `{TOOL_NAME}` call (stop reason: {stop})"
            )));
        }
        let text = if self.tool_input.trim().is_empty() {
            "{}"
        } else {
            &self.tool_input
        };
        serde_json::from_str(text).map_err(|e| {
            let why = if stop == "max_tokens" {
                "the answer was cut off at the token limit (CODEBOT_LLM_MAX_TOKENS)".to_owned()
            } else {
                format!("the tool input is not JSON: {e}")
            };
            malformed(why)
        })
    }
}
