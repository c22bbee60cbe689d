//! How a setting is declared once and everything else is derived from it.
//!
//! [`declare_settings!`] takes a group of settings, each written as its field, type,
//! default, variable and meaning (the doc comment), with optional parsing, checking and
//! a phrase for an unset default. From that one line it makes the struct field, the
//! group's `Default`, the reading of the variable and of the TOML key, the check of the
//! final value, and the row of the README's configuration table.

use super::values::SettingValue;

/// One setting of group `G`: its variable, what it means, and how it is read, shown
/// and checked.
pub struct Setting<G> {
    /// The environment variable.
    pub name: &'static str,
    /// The key in the TOML file (the field name, under its group's table).
    pub key: &'static str,
    /// What it does: the field's doc comment.
    pub meaning: &'static str,
    /// How the documentation shows a default that is unset (`None`, an empty list).
    pub unset: &'static str,
    /// Reads the setting from its text.
    pub apply: fn(&mut G, &str) -> Result<(), String>,
    /// The current value as its variable would spell it; `None` when unset.
    pub show: fn(&G) -> Option<String>,
    /// Checks the final value, whichever source gave it.
    pub check: fn(&G) -> Result<(), String>,
}

/// A group of declared settings (a struct made by [`declare_settings!`]).
pub trait Declared: Sized + 'static {
    /// The group's own settings, in the order of the documentation.
    const SETTINGS: &'static [Setting<Self>];

    /// Every setting at its declared default.
    fn defaults() -> Self;
}

/// What the loader does with a group and, through it, with its nested groups.
pub trait Group {
    /// Reads variable `name` into the setting that has it; `None` when no setting of
    /// this group or the groups in it has that variable.
    fn set_var(&mut self, name: &str, value: &str) -> Option<Result<(), String>>;

    /// Reads a TOML table whose keys are this group's field names (a nested group is a
    /// nested table). `prefix` is the table's dotted path, for messages.
    ///
    /// Fails, naming the key, on an unknown key or a bad value.
    fn merge(&mut self, table: &toml::Table, prefix: &str) -> Result<(), String>;

    /// Appends the documentation rows of this group and of the groups in it; `prefix`
    /// is the group's dotted path in the TOML file.
    fn document(&self, rows: &mut Vec<SettingDoc>, prefix: &str);

    /// Checks every final value; the message names the variable at fault.
    fn check(&self) -> Result<(), String>;
}

/// One row of the configuration table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingDoc {
    pub name: &'static str,
    /// The dotted path of its key in the TOML file, e.g. `database.url`.
    pub key: String,
    /// The default as Markdown: a value in backticks, or a phrase for an unset one.
    pub default: String,
    pub meaning: &'static str,
}

/// Reads variable `name` into `group`'s own setting, if it has it.
pub fn set_var<G: Declared>(group: &mut G, name: &str, value: &str) -> Option<Result<(), String>> {
    G::SETTINGS
        .iter()
        .find(|setting| setting.name == name)
        .map(|setting| (setting.apply)(group, value))
}

/// Reads TOML key `key` into `group`'s own setting; `None` when it has no such key.
pub fn set_key<G: Declared>(
    group: &mut G,
    key: &str,
    value: &toml::Value,
    path: &str,
) -> Option<Result<(), String>> {
    let setting = G::SETTINGS.iter().find(|setting| setting.key == key)?;
    Some(
        toml_text(value)
            .and_then(|text| (setting.apply)(group, &text))
            .map_err(|e| format!("{path}: {e}")),
    )
}

/// The rows of `group`'s own settings.
pub fn document<G: Declared>(group: &G, rows: &mut Vec<SettingDoc>, prefix: &str) {
    rows.extend(G::SETTINGS.iter().map(|setting| SettingDoc {
        name: setting.name,
        key: format!("{prefix}{}", setting.key),
        default: match (setting.show)(group) {
            Some(value) => format!("`{value}`"),
            None => setting.unset.to_owned(),
        },
        meaning: setting.meaning.trim(),
    }));
}

/// Checks `group`'s own settings.
pub fn check<G: Declared>(group: &G) -> Result<(), String> {
    G::SETTINGS.iter().try_for_each(|setting| {
        (setting.check)(group).map_err(|e| format!("{}: {e}", setting.name))
    })
}

/// A TOML value as the text its variable would hold: a list is comma-separated.
fn toml_text(value: &toml::Value) -> Result<String, String> {
    match value {
        toml::Value::String(text) => Ok(text.clone()),
        toml::Value::Integer(n) => Ok(n.to_string()),
        toml::Value::Float(n) => Ok(n.to_string()),
        toml::Value::Boolean(b) => Ok(b.to_string()),
        toml::Value::Array(items) => Ok(items
            .iter()
            .map(toml_text)
            .collect::<Result<Vec<_>, _>>()?
            .join(",")),
        _ => Err("expected a string, a number, a boolean or a list of them".to_owned()),
    }
}

/// The show function of a field of type `T`: how the documentation spells its value.
pub fn show<T: SettingValue>(value: &T) -> Option<String> {
    value.show()
}

/// Declares a group of settings. Each setting is one line:
///
/// ```text
/// /// meaning (the table's third column)
/// field: Type = default, env "VARIABLE" [, unset "phrase"] [, parse f] [, check f];
/// ```
///
/// `parse` (a `fn(&str) -> Result<Type, String>`) replaces the type's own
/// [`SettingValue::parse`]; `check` (a `fn(&Type) -> Result<(), String>`) runs on the
/// final value; `unset` is what the table shows for a default that is unset (`(none)`
/// unless given). Nested groups follow in `groups { … }`.
///
/// `pub struct Name { … }` defines the struct; `existing Name { … }` declares the
/// settings of a struct defined in another crate.
macro_rules! declare_settings {
    (
        $(#[$meta:meta])*
        pub struct $group:ident { $($body:tt)* }
        $(groups { $($groups:tt)* })?
    ) => {
        $crate::config::declare::declare_settings!(
            @struct [$(#[$meta])*] $group { $($body)* } { $($($groups)*)? }
        );
        $crate::config::declare::declare_settings!(
            @impl $group { $($body)* } { $($($groups)*)? }
        );
        impl Default for $group {
            fn default() -> Self {
                <Self as $crate::config::declare::Declared>::defaults()
            }
        }
    };
    (
        existing $group:ident { $($body:tt)* }
        $(groups { $($groups:tt)* })?
    ) => {
        $crate::config::declare::declare_settings!(
            @impl $group { $($body)* } { $($($groups)*)? }
        );
    };
    (@or $given:expr ; $otherwise:expr) => { $given };
    (@or ; $otherwise:expr) => { $otherwise };
    (
        @struct [$($meta:tt)*] $group:ident {
            $(
                $(#[doc = $doc:literal])*
                $field:ident : $ty:ty = $default:expr, env $name:literal
                    $(, unset $unset:literal)? $(, parse $parse:expr)? $(, check $check:expr)? ;
            )*
        } {
            $( $(#[doc = $gdoc:literal])* $gfield:ident : $gty:ty ),* $(,)?
        }
    ) => {
        $($meta)*
        #[derive(Debug, Clone)]
        pub struct $group {
            $(
                $(#[doc = $doc])*
                #[doc = concat!("\n\n`", $name, "`")]
                pub $field: $ty,
            )*
            $( $(#[doc = $gdoc])* pub $gfield: $gty, )*
        }
    };
    (
        @impl $group:ident {
            $(
                $(#[doc = $doc:literal])*
                $field:ident : $ty:ty = $default:expr, env $name:literal
                    $(, unset $unset:literal)? $(, parse $parse:expr)? $(, check $check:expr)? ;
            )*
        } {
            $( $(#[doc = $gdoc:literal])* $gfield:ident : $gty:ty ),* $(,)?
        }
    ) => {
        impl $crate::config::declare::Declared for $group {
            const SETTINGS: &'static [$crate::config::declare::Setting<Self>] = &[
                $(
                    $crate::config::declare::Setting {
                        name: $name,
                        key: stringify!($field),
                        meaning: concat!($($doc),*),
                        unset: $crate::config::declare::declare_settings!(
                            @or $($unset)? ; "(none)"
                        ),
                        apply: |group, text| {
                            let parse: fn(&str) -> Result<$ty, String> =
                                $crate::config::declare::declare_settings!(
                                    @or $($parse)? ;
                                    <$ty as $crate::config::values::SettingValue>::parse
                                );
                            group.$field = parse(text)?;
                            Ok(())
                        },
                        show: |group| $crate::config::declare::show(&group.$field),
                        check: |group| {
                            let check: fn(&$ty) -> Result<(), String> =
                                $crate::config::declare::declare_settings!(
                                    @or $($check)? ; |_| Ok(())
                                );
                            check(&group.$field)
                        },
                    },
                )*
            ];

            fn defaults() -> Self {
                Self {
                    $( $field: $default, )*
                    $( $gfield: <$gty as $crate::config::declare::Declared>::defaults(), )*
                }
            }
        }

        impl $crate::config::declare::Group for $group {
            fn set_var(&mut self, name: &str, value: &str) -> Option<Result<(), String>> {
                $crate::config::declare::set_var(self, name, value)
                    $(
                        .or_else(|| {
                            $crate::config::declare::Group::set_var(&mut self.$gfield, name, value)
                        })
                    )*
            }

            fn merge(&mut self, table: &toml::Table, prefix: &str) -> Result<(), String> {
                for (key, value) in table {
                    let path = format!("{prefix}{key}");
                    let own = $crate::config::declare::set_key(self, key, value, &path);
                    if let Some(result) = own {
                        result?;
                        continue;
                    }
                    match (key.as_str(), value) {
                        $(
                            (stringify!($gfield), toml::Value::Table(nested)) => {
                                let nested_prefix = format!("{path}.");
                                $crate::config::declare::Group::merge(
                                    &mut self.$gfield,
                                    nested,
                                    &nested_prefix,
                                )?
                            }
                            (stringify!($gfield), _) => {
                                return Err(format!("{path}: expected a table"))
                            }
                        )*
                        _ => return Err(format!("unknown key `{path}`")),
                    }
                }
                Ok(())
            }

            fn document(
                &self,
                rows: &mut Vec<$crate::config::declare::SettingDoc>,
                prefix: &str,
            ) {
                $crate::config::declare::document(self, rows, prefix);
                $(
                    $crate::config::declare::Group::document(
                        &self.$gfield,
                        rows,
                        &format!("{prefix}{}.", stringify!($gfield)),
                    );
                )*
            }

            fn check(&self) -> Result<(), String> {
                $crate::config::declare::check(self)?;
                $( $crate::config::declare::Group::check(&self.$gfield)?; )*
                Ok(())
            }
        }
    };
}

pub(crate) use declare_settings;

/// The configuration table in Markdown, as the README shows it.
pub fn markdown_table(rows: &[SettingDoc]) -> String {
    let mut table =
        String::from("| variable | key in the file | default | meaning |\n|---|---|---|---|\n");
    for row in rows {
        table.push_str(&format!(
            "| `{}` | `{}` | {} | {} |\n",
            row.name, row.key, row.default, row.meaning
        ));
    }
    table
}
