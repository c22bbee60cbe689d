//! The registry of integration kinds: what a client may ask for, with the JSON Schema
//! its config must satisfy and an example.

use serde_json::{Value, json};

/// One kind of integration the bot can build.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationKind {
    pub name: &'static str,
    pub description: &'static str,
    /// A JSON Schema (draft 2020-12) for the `config` of this kind.
    pub config_schema: Value,
    pub example_config: Value,
}

/// The kinds this product knows, in a fixed order.
#[derive(Debug, Clone)]
pub struct KindRegistry {
    kinds: Vec<IntegrationKind>,
}

impl Default for KindRegistry {
    fn default() -> Self {
        Self::builtin()
    }
}

impl KindRegistry {
    /// The kinds shipped with the product.
    pub fn builtin() -> Self {
        Self {
            kinds: vec![webhook_relay(), http_poller()],
        }
    }

    pub fn all(&self) -> &[IntegrationKind] {
        &self.kinds
    }

    pub fn get(&self, name: &str) -> Option<&IntegrationKind> {
        self.kinds.iter().find(|k| k.name == name)
    }
}

fn webhook_relay() -> IntegrationKind {
    IntegrationKind {
        name: "webhook_relay",
        description: "Receives signed webhooks, checks their HMAC signature and relays \
                      the payload to a target URL, optionally reshaped.",
        config_schema: json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "additionalProperties": false,
            "required": ["target_url", "signing_secret"],
            "properties": {
                "target_url": { "type": "string", "format": "uri", "pattern": "^https?://",
                                "description": "Where accepted payloads are forwarded" },
                "signing_secret": { "type": "string", "minLength": 16, "writeOnly": true,
                                    "description": "Shared secret of the HMAC-SHA256 signature (secret)" },
                "signature_header": { "type": "string", "default": "X-Signature-256",
                                      "description": "Header carrying the signature" },
                "forward_headers": { "type": "array", "items": { "type": "string" },
                                     "description": "Incoming headers copied to the target" }
            }
        }),
        example_config: json!({
            "target_url": "https://example.com/hooks/orders",
            "signing_secret": "change-me-to-a-long-secret",
            "signature_header": "X-Signature-256",
            "forward_headers": ["X-Request-Id"]
        }),
    }
}

fn http_poller() -> IntegrationKind {
    IntegrationKind {
        name: "http_poller",
        description: "Polls an HTTP endpoint on a schedule and emits the items that are \
                      new since the last poll.",
        config_schema: json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "additionalProperties": false,
            "required": ["url", "interval_seconds"],
            "properties": {
                "url": { "type": "string", "format": "uri", "pattern": "^https?://",
                         "description": "The endpoint polled" },
                "interval_seconds": { "type": "integer", "minimum": 10, "maximum": 86400,
                                      "description": "Seconds between polls" },
                "items_path": { "type": "string", "default": "items",
                                "description": "Dotted path of the item list in the response" },
                "id_field": { "type": "string", "default": "id",
                              "description": "Field that identifies an item" },
                "auth_token": { "type": "string", "writeOnly": true,
                                "description": "Bearer token sent with each poll (secret)" }
            }
        }),
        example_config: json!({
            "url": "https://api.example.com/v1/orders",
            "interval_seconds": 60,
            "items_path": "data.orders",
            "id_field": "id"
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_names_only_properties_its_schema_declares() {
        for kind in KindRegistry::builtin().all() {
            let properties = kind.config_schema["properties"]
                .as_object()
                .expect("properties");
            for key in kind.example_config.as_object().expect("object").keys() {
                assert!(properties.contains_key(key), "{}: {key}", kind.name);
            }
            for required in kind.config_schema["required"].as_array().expect("required") {
                let required = required.as_str().expect("name");
                assert!(
                    kind.example_config.get(required).is_some(),
                    "{}: {required}",
                    kind.name
                );
            }
        }
    }
}
