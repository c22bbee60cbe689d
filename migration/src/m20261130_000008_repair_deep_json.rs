//! Repairs JSON that nests too deep to read back.
//!
//! Before configs were limited to 32 levels, a client could store one nested deeper
//! than JSON readers accept (128 levels); every listing, feed and rebuild that met the
//! row then failed. This migration finds such values in every column that can hold a
//! client's JSON and cuts each branch below 32 levels down to the string
//! `"[nested too deep]"`, so the row reads again, says what happened, and can be
//! deleted. Values that read fine are left exactly as they are.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend, Statement, Value};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The deepest level kept.
const KEEP: usize = 32;

/// What stands where a branch was cut.
const CUT: &str = "\"[nested too deep]\"";

/// Tables, their key column and the JSON columns a client's input reaches.
const COLUMNS: &[(&str, &str, &str)] = &[
    ("events", "position", "data"),
    ("integrations", "id", "config"),
    ("integrations", "id", "artifacts"),
    ("webhook_deliveries", "id", "payload"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        for (table, key, column) in COLUMNS {
            // The key as text and the value as text: both read whatever they hold.
            let (select, update) = match backend {
                DatabaseBackend::Postgres => (
                    format!(
                        "SELECT {key}::text AS k, {column}::text AS v FROM {table} WHERE {column} IS NOT NULL"
                    ),
                    format!(
                        "UPDATE {table} SET {column} = CAST($1 AS jsonb) WHERE {key}::text = $2"
                    ),
                ),
                // SQLite keeps some keys as blobs: its rowid names every row.
                _ => (
                    format!(
                        "SELECT CAST(rowid AS TEXT) AS k, CAST({column} AS TEXT) AS v FROM {table} WHERE {column} IS NOT NULL"
                    ),
                    format!("UPDATE {table} SET {column} = ? WHERE rowid = CAST(? AS INTEGER)"),
                ),
            };
            let rows = db
                .query_all_raw(Statement::from_string(backend, select))
                .await?;
            for row in rows {
                let key: String = row.try_get("", "k")?;
                let text: String = row.try_get("", "v")?;
                if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
                    continue;
                }
                let repaired = cut_below(&text, KEEP);
                if serde_json::from_str::<serde_json::Value>(&repaired).is_err() {
                    // Not a depth problem: leave it for an operator to look at.
                    continue;
                }
                db.execute_raw(Statement::from_sql_and_values(
                    backend,
                    update.clone(),
                    [Value::from(repaired), Value::from(key)],
                ))
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
        // What was cut cannot be read, so there is nothing to put back.
        Ok(())
    }
}

/// `text` (JSON) with every array or object that would open below level `keep`
/// replaced by [`CUT`]. Strings (and the brackets in them) are copied as they are.
pub(crate) fn cut_below(text: &str, keep: usize) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut depth, mut i, mut start) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = end_of_string(bytes, i),
            b'{' | b'[' if depth == keep => {
                out.push_str(&text[start..i]);
                out.push_str(CUT);
                i = end_of_value(bytes, i);
                start = i;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    out.push_str(&text[start..]);
    out
}

/// The index of the closing quote of the string opening at `at`.
fn end_of_string(bytes: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    i.min(bytes.len())
}

/// The index just past the array or object opening at `at`.
fn end_of_value(bytes: &[u8], at: usize) -> usize {
    let (mut depth, mut i) = (0usize, at);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = end_of_string(bytes, i),
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize) -> String {
        format!("{}1{}", "{\"a\":".repeat(levels), "}".repeat(levels))
    }

    #[test]
    fn only_what_is_below_the_kept_depth_is_cut() {
        assert_eq!(
            cut_below(r#"{"a":[1,{"b":"[{"}]}"#, 1),
            r#"{"a":"[nested too deep]"}"#
        );
        assert_eq!(
            cut_below(r#"{"a":[1,{"b":"[{"}]}"#, 3),
            r#"{"a":[1,{"b":"[{"}]}"#
        );
        let deep = format!(r#"{{"config":{},"name":"x\"]"}}"#, nested(200));
        let cut = cut_below(&deep, KEEP);
        let value: serde_json::Value = serde_json::from_str(&cut).expect("reads again");
        assert_eq!(value["name"], "x\"]");
        let mut level = &value["config"];
        // The outer object is level 1 and `config` level 2: level 33 is cut.
        for _ in 0..KEEP - 2 {
            level = &level["a"];
        }
        assert_eq!(level["a"], "[nested too deep]");
    }
}
