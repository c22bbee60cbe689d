//! Scalars of the API beyond GraphQL's own.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};

/// A position in the global event log: a 64-bit whole number, sent as a JSON number
/// (exact in JavaScript up to 2^53). Accepted as a number or a numeric string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position(pub i64);

#[Scalar(name = "Position")]
impl ScalarType for Position {
    fn parse(value: Value) -> InputValueResult<Self> {
        let parsed = match &value {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => return Err(InputValueError::expected_type(value)),
        };
        parsed
            .map(Position)
            .ok_or_else(|| InputValueError::custom("a position is a whole number"))
    }

    fn to_value(&self) -> Value {
        Value::Number(self.0.into())
    }
}
