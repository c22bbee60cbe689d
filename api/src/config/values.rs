//! The types settings hold, and how each is read from text and spelled back.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::application::gateway::Budget;
use crate::application::secret::Secret;
use crate::domain::identity::Role as UserRole;
use crate::infrastructure::providers::llm::Price;

/// A value a setting holds: how its variable's text is read and how the
/// documentation spells it.
pub trait SettingValue: Sized {
    /// Reads the value from its variable's text.
    ///
    /// Fails with what is wrong with the text (the caller adds the variable's name).
    fn parse(text: &str) -> Result<Self, String>;

    /// The value as its variable would spell it; `None` when it is unset.
    fn show(&self) -> Option<String>;
}

macro_rules! parsed_with_from_str {
    ($($ty:ty),*) => {$(
        impl SettingValue for $ty {
            fn parse(text: &str) -> Result<Self, String> {
                text.trim()
                    .parse()
                    .map_err(|e| format!("cannot parse `{text}`: {e}"))
            }

            fn show(&self) -> Option<String> {
                Some(self.to_string())
            }
        }
    )*};
}

parsed_with_from_str!(u32, u64, usize, bool, SocketAddr);

impl SettingValue for String {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }

    fn show(&self) -> Option<String> {
        Some(self.clone())
    }
}

impl SettingValue for PathBuf {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(PathBuf::from(text))
    }

    fn show(&self) -> Option<String> {
        Some(self.display().to_string())
    }
}

/// A secret is read like a string and never shown.
impl SettingValue for Secret<String> {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(Secret::new(text.to_owned()))
    }

    fn show(&self) -> Option<String> {
        None
    }
}

impl<T: SettingValue> SettingValue for Option<T> {
    fn parse(text: &str) -> Result<Self, String> {
        T::parse(text).map(Some)
    }

    fn show(&self) -> Option<String> {
        self.as_ref().and_then(T::show)
    }
}

/// A comma-separated list; an empty list is unset.
impl SettingValue for Vec<String> {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(comma_list(text, |item| item.to_owned()))
    }

    fn show(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.join(","))
    }
}

/// The items of a comma-separated list, each trimmed and then normalised by `each`;
/// empty items are dropped.
pub fn comma_list(text: &str, each: impl Fn(&str) -> String) -> Vec<String> {
    text.split(',')
        .map(|item| each(item.trim()))
        .filter(|item| !item.is_empty())
        .collect()
}

/// Reads `A/B` into two numbers; `shape` names them for the message.
fn pair<A: std::str::FromStr, B: std::str::FromStr>(
    text: &str,
    shape: &str,
) -> Result<(A, B), String> {
    let wrong = || format!("expected `{shape}`, got `{text}`");
    let (a, b) = text.split_once('/').ok_or_else(wrong)?;
    match (a.trim().parse(), b.trim().parse()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(wrong()),
    }
}

/// `text` when it is one of `allowed`.
///
/// Fails naming the choices otherwise.
pub fn one_of(text: &str, allowed: &[&str]) -> Result<String, String> {
    if allowed.contains(&text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not available; expected one of: {}",
            allowed.join(", ")
        ))
    }
}

/// Fails unless `value` is at least `least`.
pub fn at_least<T: PartialOrd + std::fmt::Display>(value: T, least: T) -> Result<(), String> {
    if value < least {
        Err(format!("must be at least {least}, got {value}"))
    } else {
        Ok(())
    }
}

/// A circuit breaker: it opens after `failures` failures in a row and stays open
/// `open_secs` seconds. Spelled `FAILURES/SECONDS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breaker {
    pub failures: u32,
    pub open_secs: u64,
}

impl SettingValue for Breaker {
    fn parse(text: &str) -> Result<Self, String> {
        let (failures, open_secs) = pair(text, "FAILURES/SECONDS")?;
        if failures == 0 {
            return Err(format!("`{text}`: at least one failure must open it"));
        }
        Ok(Breaker {
            failures,
            open_secs,
        })
    }

    fn show(&self) -> Option<String> {
        Some(format!("{}/{}", self.failures, self.open_secs))
    }
}

/// The size of a bulkhead: `concurrent` calls at once, `queued` more waiting for a
/// place. Spelled `CONCURRENT/QUEUED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BulkheadSize {
    pub concurrent: u32,
    pub queued: u32,
}

impl SettingValue for BulkheadSize {
    fn parse(text: &str) -> Result<Self, String> {
        let (concurrent, queued) = pair(text, "CONCURRENT/QUEUED")?;
        if concurrent == 0 {
            return Err(format!("`{text}`: at least one call must run at once"));
        }
        Ok(BulkheadSize { concurrent, queued })
    }

    fn show(&self) -> Option<String> {
        Some(format!("{}/{}", self.concurrent, self.queued))
    }
}

/// A model's price, spelled `INPUT/OUTPUT` in US dollars per million tokens.
impl SettingValue for Price {
    fn parse(text: &str) -> Result<Self, String> {
        let (input_per_million, output_per_million) = pair(text, "INPUT/OUTPUT")?;
        Ok(Price {
            input_per_million,
            output_per_million,
        })
    }

    fn show(&self) -> Option<String> {
        Some(format!(
            "{}/{}",
            self.input_per_million, self.output_per_million
        ))
    }
}

/// A rate budget, spelled `PER_MINUTE/PER_HOUR`; both must be positive.
impl SettingValue for Budget {
    fn parse(text: &str) -> Result<Self, String> {
        let (per_minute, per_hour) = pair(text, "PER_MINUTE/PER_HOUR")?;
        if per_minute == 0 || per_hour == 0 {
            return Err(format!("`{text}`: both numbers must be positive"));
        }
        Ok(Budget {
            per_minute,
            per_hour,
        })
    }

    fn show(&self) -> Option<String> {
        Some(format!("{}/{}", self.per_minute, self.per_hour))
    }
}

/// A user role, spelled `VIEWER`, `DEVELOPER` or `ADMIN` (any case).
impl SettingValue for UserRole {
    fn parse(text: &str) -> Result<Self, String> {
        UserRole::parse(text)
            .ok_or_else(|| format!("expected VIEWER, DEVELOPER or ADMIN, got `{text}`"))
    }

    fn show(&self) -> Option<String> {
        Some(self.as_str().to_owned())
    }
}

/// Reads one of an enum's lower-case names; the enum lists them with its variants.
macro_rules! named_choice {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Its name in the setting.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text,)+
                }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($text => Ok($ty::$variant),)+
                    other => Err(format!(
                        "expected one of {}; got `{other}`",
                        [$(concat!("`", $text, "`")),+].join(", ")
                    )),
                }
            }
        }

        impl SettingValue for $ty {
            fn parse(text: &str) -> Result<Self, String> {
                text.parse()
            }

            fn show(&self) -> Option<String> {
                Some(self.as_str().to_owned())
            }
        }
    };
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines, the default.
    Pretty,
    /// One JSON object per line, for log collectors.
    Json,
}

named_choice!(LogFormat { Pretty => "pretty", Json => "json" });

/// The parts of the product one process runs (not to be confused with a user's role).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessRole {
    /// API and worker in one process: the embedded default.
    All,
    /// Only the HTTP API; workers run elsewhere.
    Api,
    /// Only the pipeline worker.
    Worker,
}

named_choice!(ProcessRole { All => "all", Api => "api", Worker => "worker" });

/// Whether the API shows its development aids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Introspection and "did you mean" suggestions on.
    Development,
    /// Introspection and suggestions off.
    Production,
}

named_choice!(Profile { Development => "development", Production => "production" });
