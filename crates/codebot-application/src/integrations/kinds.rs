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

impl IntegrationKind {
    /// Checks `config` against this kind's schema: one message per problem, naming the
    /// field (`config.url: …`); empty when the config is valid.
    pub fn validate(&self, config: &Value) -> Vec<String> {
        let validator = match jsonschema::validator_for(&self.config_schema) {
            Ok(validator) => validator,
            Err(error) => return vec![format!("the kind's schema is invalid: {error}")],
        };
        validator
            .iter_errors(config)
            .map(|error| {
                let path = error.instance_path().to_string();
                let field = path.trim_start_matches('/').replace('/', ".");
                let top = field.split('.').next().unwrap_or_default();
                if self.is_secret(top) {
                    // The validator's message quotes the value: a secret's never
                    // appears in an error (errors reach events, logs and viewers).
                    let schema_path = error.schema_path().to_string();
                    let keyword = schema_path.rsplit('/').next().unwrap_or_default();
                    let rule = self
                        .config_schema
                        .pointer(&schema_path)
                        .map_or_else(String::new, |value| format!(": {value}"));
                    format!("config.{field}: breaks the rule `{keyword}{rule}` (the value is secret and not shown)")
                } else if field.is_empty() {
                    format!("config: {error}")
                } else {
                    format!("config.{field}: {error}")
                }
            })
            .collect()
    }

    /// Whether the top-level config property `name` holds a secret (`writeOnly`).
    fn is_secret(&self, name: &str) -> bool {
        self.config_schema["properties"][name]["writeOnly"] == Value::Bool(true)
    }

    /// `config` with every value the schema marks `writeOnly` (a secret) replaced by a
    /// placeholder, for anything that leaves the product (a model, a log).
    pub fn redact_secrets(&self, config: &Value) -> Value {
        let mut redacted = config.clone();
        if let (Some(object), Some(properties)) = (
            redacted.as_object_mut(),
            self.config_schema["properties"].as_object(),
        ) {
            for name in properties.keys() {
                if self.is_secret(name) && object.contains_key(name) {
                    object.insert(name.clone(), Value::String("[secret]".to_owned()));
                }
            }
        }
        redacted
    }
}

/// The kinds this product knows, in a fixed order.
#[derive(Debug, Clone)]
pub struct KindRegistry {
    /// Shared: every use case and every request holds the registry, and copying its
    /// JSON Schemas each time showed up in profiles.
    kinds: std::sync::Arc<[IntegrationKind]>,
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
            kinds: vec![webhook_relay(), http_poller()].into(),
        }
    }

    pub fn all(&self) -> &[IntegrationKind] {
        &self.kinds
    }

    pub fn get(&self, name: &str) -> Option<&IntegrationKind> {
        self.kinds.iter().find(|k| k.name == name)
    }

    /// An event's body with the secret values of any `config` in it replaced (for
    /// events the kind is not at hand, so every kind's secret names count).
    pub fn redact_event_data(&self, data: &Value) -> Value {
        let mut data = data.clone();
        if let Some(config) = data.get_mut("config") {
            for kind in self.kinds.iter() {
                *config = kind.redact_secrets(config);
            }
        }
        data
    }

    /// The names of the config properties that hold secrets, in any kind.
    pub fn secret_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .kinds
            .iter()
            .flat_map(|kind| {
                kind.config_schema["properties"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(name, _)| kind.is_secret(name))
                    .map(|(name, _)| name.as_str())
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// `config` of kind `name` with its secret values replaced.
    pub fn redact_config(&self, name: &str, config: &Value) -> Value {
        match self.get(name) {
            Some(kind) => kind.redact_secrets(config),
            None => config.clone(),
        }
    }

    /// Checks `config` against kind `name`'s schema (see [`IntegrationKind::validate`]).
    pub fn validate_config(&self, name: &str, config: &Value) -> Vec<String> {
        match self.get(name) {
            Some(kind) => kind.validate(config),
            None => vec![format!("kind: unknown kind `{name}`")],
        }
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
    fn every_example_config_is_valid_and_bad_ones_name_their_field() {
        let kinds = KindRegistry::builtin();
        for kind in kinds.all() {
            assert_eq!(
                kind.validate(&kind.example_config),
                Vec::<String>::new(),
                "{}",
                kind.name
            );
        }
        let errors = kinds.validate_config(
            "http_poller",
            &json!({ "url": "ftp://x", "interval_seconds": 1, "extra": true }),
        );
        let text = errors.join("\n");
        assert!(text.contains("config.url"), "{text}");
        assert!(text.contains("config.interval_seconds"), "{text}");
        assert!(text.contains("extra"), "{text}");
    }

    #[test]
    fn secrets_never_leave_in_the_clear() {
        let kinds = KindRegistry::builtin();
        let relay = kinds.get("webhook_relay").expect("kind");
        let redacted = relay.redact_secrets(&relay.example_config);
        assert_eq!(redacted["signing_secret"], "[secret]");
        assert_eq!(redacted["target_url"], relay.example_config["target_url"]);
    }

    #[test]
    fn a_secret_that_breaks_a_rule_is_named_but_never_quoted() {
        let kinds = KindRegistry::builtin();
        for bad in [
            json!("shortleak-13c"),
            json!(12345),
            json!(["shortleak-13c"]),
        ] {
            let errors = kinds.validate_config(
                "webhook_relay",
                &json!({ "target_url": "https://example.com/hook", "signing_secret": bad }),
            );
            let text = errors.join("\n");
            assert!(text.contains("config.signing_secret"), "{text}");
            assert!(!text.contains("shortleak"), "{text}");
            assert!(!text.contains("12345"), "{text}");
        }
        let errors = kinds.validate_config(
            "webhook_relay",
            &json!({ "target_url": "https://example.com/hook", "signing_secret": "shortleak-13c" }),
        );
        assert_eq!(
            errors,
            [
                "config.signing_secret: breaks the rule `minLength: 16` (the value is secret and not shown)"
            ]
        );
    }

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
