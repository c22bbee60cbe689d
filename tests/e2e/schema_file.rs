//! `schema.graphql` at the repository root must equal what the server prints.

#[test]
fn the_committed_schema_equals_the_printed_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let committed = std::fs::read_to_string(path).expect("schema.graphql at the root");
    let printed = api::presentation::graphql::sdl();
    assert!(
        committed == printed,
        "schema.graphql is out of date; rewrite it with `cargo run -q --bin codebot -- schema > schema.graphql`"
    );
}
