//! Field-level access control. `policy.toml` says what each field needs; the
//! [`AccessControl`] extension checks it as every field resolves, and [`FieldGuard`]
//! does the same for the subscription root (whose fields open streams instead of
//! resolving). Keying the check on the type that resolves the field, rather than on
//! per-resolver guard attributes, covers every path to a field — a fragment, a
//! connection edge, an interface — and keeps the whole policy in one reviewable file.
//! A field reached through an interface needs the strictest requirement of that field
//! among the interface's implementations.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo,
};
use async_graphql::parser::types::{TypeKind, TypeSystemDefinition};
use async_graphql::{
    Context, Guard, PathSegment, QueryPathSegment, ServerError, ServerResult, Value,
};

use super::errors::{forbidden, unauthenticated};
use codebot_domain::identity::{Permission, Principal, Role};

/// What reaching a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// Any signed-in identity.
    Authenticated,
    /// An identity whose role grants the permission.
    Permission(Permission),
}

impl Requirement {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "authenticated" => Some(Requirement::Authenticated),
            other => Permission::parse(other).map(Requirement::Permission),
        }
    }

    /// How few roles meet it (for the strictest-of rule of interface fields).
    fn strictness(self) -> usize {
        match self {
            Requirement::Authenticated => 0,
            Requirement::Permission(permission) => {
                Role::ALL.len() + 1 - Role::ALL.iter().filter(|r| r.allows(permission)).count()
            }
        }
    }

    /// Whether `principal` (none when the request is anonymous) meets it.
    pub fn allows(self, principal: Option<&Principal>) -> bool {
        match (self, principal) {
            (_, None) => false,
            (Requirement::Authenticated, Some(_)) => true,
            (Requirement::Permission(permission), Some(p)) => p.can(permission),
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Requirement::Authenticated => "authenticated",
            Requirement::Permission(permission) => permission.as_str(),
        }
    }
}

/// The policy file, checked against the schema.
#[derive(Debug, Default)]
pub struct Policy {
    /// Type name → field name → requirement (looked up by `&str` on every resolving
    /// field, so the hot path allocates nothing).
    types: HashMap<String, HashMap<String, Requirement>>,
}

const POLICY_FILE: &str = include_str!("policy.toml");

impl Policy {
    /// Reads `policy.toml` and expands it over the schema `sdl`: every field of every
    /// object type gets a requirement, and interface fields the strictest of their
    /// implementations'.
    ///
    /// Fails, listing every problem, when an object type or field of the schema has no
    /// entry, or an entry names a type, field or permission that does not exist.
    pub fn load(sdl: &str) -> Result<Policy, Vec<String>> {
        Self::parse(sdl, POLICY_FILE)
    }

    /// [`Policy::load`] with another policy text.
    pub fn parse(sdl: &str, policy_text: &str) -> Result<Policy, Vec<String>> {
        let file: toml::Table = toml::from_str(policy_text).map_err(|e| vec![e.to_string()])?;
        let document = async_graphql::parser::parse_schema(sdl).map_err(|e| vec![e.to_string()])?;
        let mut problems = Vec::new();
        let mut objects: HashMap<String, Vec<String>> = HashMap::new();
        let mut interfaces: HashMap<String, (Vec<String>, Vec<String>)> = HashMap::new();
        for definition in &document.definitions {
            let TypeSystemDefinition::Type(ty) = definition else {
                continue;
            };
            let name = ty.node.name.node.to_string();
            match &ty.node.kind {
                TypeKind::Object(object) => {
                    let fields = object
                        .fields
                        .iter()
                        .map(|f| f.node.name.node.to_string())
                        .collect();
                    for implemented in &object.implements {
                        interfaces
                            .entry(implemented.node.to_string())
                            .or_default()
                            .1
                            .push(name.clone());
                    }
                    objects.insert(name, fields);
                }
                TypeKind::Interface(interface) => {
                    interfaces.entry(name).or_default().0 = interface
                        .fields
                        .iter()
                        .map(|f| f.node.name.node.to_string())
                        .collect();
                }
                _ => {}
            }
        }
        let mut policy = Policy::default();
        for (type_name, fields) in &objects {
            let Some(entries) = file.get(type_name).and_then(toml::Value::as_table) else {
                problems.push(format!("policy.toml has no [{type_name}]"));
                continue;
            };
            let default = entries.get("*");
            for (key, value) in entries {
                if key != "*" && !fields.contains(key) {
                    problems.push(format!(
                        "policy.toml names {type_name}.{key}, which the schema lacks"
                    ));
                }
                if value.as_str().and_then(Requirement::parse).is_none() {
                    problems.push(format!(
                        "policy.toml: {type_name}.{key} = {value:?} is not a requirement"
                    ));
                }
            }
            for field in fields {
                match entries
                    .get(field)
                    .or(default)
                    .and_then(toml::Value::as_str)
                    .and_then(Requirement::parse)
                {
                    Some(requirement) => policy.insert(type_name, field, requirement),
                    None => {
                        problems.push(format!("policy.toml says nothing of {type_name}.{field}"))
                    }
                }
            }
        }
        for key in file.keys() {
            if !objects.contains_key(key) {
                problems.push(format!(
                    "policy.toml names type {key}, which the schema lacks"
                ));
            }
        }
        for (interface, (fields, implementors)) in interfaces {
            let mut names: Vec<String> = fields;
            for implementor in &implementors {
                names.extend(objects.get(implementor).into_iter().flatten().cloned());
            }
            for field in names {
                let strictest = implementors
                    .iter()
                    .filter_map(|o| policy.requirement(o, &field))
                    .max_by_key(|r| r.strictness());
                if let Some(requirement) = strictest {
                    policy.insert(&interface, &field, requirement);
                }
            }
        }
        if problems.is_empty() {
            Ok(policy)
        } else {
            problems.sort();
            Err(problems)
        }
    }

    /// What reaching `type_name.field` takes; `None` for a field the policy does not
    /// know (which the server refuses).
    pub fn requirement(&self, type_name: &str, field: &str) -> Option<Requirement> {
        self.types.get(type_name)?.get(field).copied()
    }

    fn insert(&mut self, type_name: &str, field: &str, requirement: Requirement) {
        self.types
            .entry(type_name.to_owned())
            .or_default()
            .insert(field.to_owned(), requirement);
    }

    /// Every (type, field, requirement), for tests and documentation.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str, Requirement)> {
        self.types.iter().flat_map(|(t, fields)| {
            fields
                .iter()
                .map(move |(f, r)| (t.as_str(), f.as_str(), *r))
        })
    }
}

/// The extension that applies the policy to every resolving field.
pub struct AccessControl(pub Arc<Policy>);

impl ExtensionFactory for AccessControl {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AccessControlExtension(self.0.clone()))
    }
}

struct AccessControlExtension(Arc<Policy>);

#[async_trait::async_trait]
impl Extension for AccessControlExtension {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        // Introspection follows the schema's own switch; a list's items are checked as
        // their fields resolve.
        if info.is_for_introspection
            || info.name.starts_with("__")
            || info.parent_type.starts_with('[')
        {
            return next.run(ctx, info).await;
        }
        let principal = ctx.data_opt::<Principal>();
        let allowed = self
            .0
            .requirement(info.parent_type, info.name)
            .is_some_and(|r| r.allows(principal));
        if allowed {
            return next.run(ctx, info).await;
        }
        let error = if principal.is_none() {
            unauthenticated()
        } else {
            forbidden()
        };
        let mut error: ServerError = error.into_server_error(info.field.name.pos);
        let mut path: Vec<PathSegment> = std::iter::once(info.path_node)
            .chain(info.path_node.parents())
            .map(|node| match node.segment {
                QueryPathSegment::Name(name) => PathSegment::Field(name.to_owned()),
                QueryPathSegment::Index(index) => PathSegment::Index(index),
            })
            .collect();
        path.reverse();
        error.path = path;
        Err(error)
    }
}

/// The policy check for the subscription root's fields.
pub struct FieldGuard {
    pub type_name: &'static str,
    pub field: &'static str,
}

impl Guard for FieldGuard {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        let principal = ctx.data_opt::<Principal>();
        let policy = ctx.data::<Arc<Policy>>()?;
        match policy.requirement(self.type_name, self.field) {
            Some(r) if r.allows(principal) => Ok(()),
            _ if principal.is_none() => Err(unauthenticated()),
            _ => Err(forbidden()),
        }
    }
}

#[cfg(test)]
mod tests {
    //! The mechanism on a small schema where one field is refused to a viewer: the
    //! refusal holds directly, through a named and an inline fragment, through an
    //! interface, inside a list, and on a subscription field.

    use async_graphql::{Interface, Object, Schema, SimpleObject, Subscription};
    use futures_util::{Stream, StreamExt};

    use super::*;
    use codebot_domain::identity::Credential;

    #[derive(SimpleObject, Clone)]
    struct Thing {
        open: i32,
        closed: i32,
    }

    #[derive(Interface)]
    #[graphql(field(name = "open", ty = "&i32"))]
    enum Node {
        Thing(Thing),
    }

    struct Query;

    #[Object]
    impl Query {
        async fn thing(&self) -> Thing {
            Thing { open: 1, closed: 2 }
        }
        async fn node(&self) -> Node {
            Node::Thing(Thing { open: 1, closed: 2 })
        }
        async fn things(&self) -> Vec<Thing> {
            vec![Thing { open: 1, closed: 2 }; 2]
        }
    }

    struct Subscription;

    #[Subscription]
    impl Subscription {
        #[graphql(guard = "FieldGuard { type_name: \"Subscription\", field: \"closedFeed\" }")]
        async fn closed_feed(&self) -> impl Stream<Item = i32> + use<> {
            futures_util::stream::iter([1, 2])
        }
    }

    const POLICY: &str = r#"
        [Query]
        thing = "authenticated"
        node = "authenticated"
        things = "authenticated"
        [Thing]
        open = "integration.read"
        closed = "user.manage"
        [Subscription]
        closedFeed = "user.manage"
    "#;

    fn schema() -> Schema<Query, async_graphql::EmptyMutation, Subscription> {
        let sdl = Schema::build(Query, async_graphql::EmptyMutation, Subscription)
            .finish()
            .sdl();
        let policy = Arc::new(Policy::parse(&sdl, POLICY).expect("the policy covers the schema"));
        Schema::build(Query, async_graphql::EmptyMutation, Subscription)
            .data(policy.clone())
            .extension(AccessControl(policy))
            .finish()
    }

    fn as_role(query: &str, role: Role) -> async_graphql::Request {
        async_graphql::Request::new(query).data(Principal {
            user_id: "u".into(),
            role,
            credential: Credential::AccessToken,
            expires_at: None,
        })
    }

    /// The paths of the FORBIDDEN errors of a response.
    fn forbidden(response: &async_graphql::Response) -> Vec<String> {
        response
            .errors
            .iter()
            .filter(|e| e.message == "Insufficient permissions")
            .map(|e| {
                e.path
                    .iter()
                    .map(|p| match p {
                        PathSegment::Field(f) => f.clone(),
                        PathSegment::Index(i) => i.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(".")
            })
            .collect()
    }

    #[tokio::test]
    async fn a_refused_field_stays_refused_on_every_path_and_the_rest_resolves() {
        let schema = schema();
        let cases = [
            ("{ thing { open closed } }", vec!["thing.closed"]),
            (
                "{ thing { ...F } } fragment F on Thing { open closed }",
                vec!["thing.closed"],
            ),
            (
                "{ thing { ... on Thing { closed } } }",
                vec!["thing.closed"],
            ),
            (
                "{ node { open ... on Thing { closed } } }",
                vec!["node.closed"],
            ),
            (
                "{ node { ...F } } fragment F on Thing { closed }",
                vec!["node.closed"],
            ),
            (
                "{ things { open closed } }",
                vec!["things.0.closed", "things.1.closed"],
            ),
        ];
        for (query, refused) in cases {
            let response = schema.execute(as_role(query, Role::Viewer)).await;
            let mut got = forbidden(&response);
            got.sort();
            assert_eq!(got, refused, "{query}: {:?}", response.errors);
            let admin = schema.execute(as_role(query, Role::Admin)).await;
            assert!(admin.errors.is_empty(), "{query}: {:?}", admin.errors);
        }
        // The allowed sibling is intact next to the refused one.
        let response = schema
            .execute(as_role("{ thing { open closed } }", Role::Viewer))
            .await;
        let data = response.data.into_json().expect("json");
        assert_eq!(data["thing"]["open"], 1);
        assert!(data["thing"]["closed"].is_null());
    }

    #[tokio::test]
    async fn anonymous_requests_are_unauthenticated_and_subscriptions_are_guarded() {
        let schema = schema();
        let response = schema.execute("{ thing { open } }").await;
        assert_eq!(response.errors[0].message, "Invalid token");
        let mut stream =
            schema.execute_stream(as_role("subscription { closedFeed }", Role::Viewer));
        let first = stream.next().await.expect("an answer");
        assert_eq!(first.errors[0].message, "Insufficient permissions");
        let mut stream = schema.execute_stream(as_role("subscription { closedFeed }", Role::Admin));
        let first = stream.next().await.expect("an answer");
        assert!(first.errors.is_empty(), "{:?}", first.errors);
    }

    #[test]
    fn a_policy_that_misses_a_field_or_names_a_stranger_is_refused() {
        let sdl = Schema::build(Query, async_graphql::EmptyMutation, Subscription)
            .finish()
            .sdl();
        let missing = POLICY.replace("closed = \"user.manage\"", "");
        let problems = Policy::parse(&sdl, &missing).expect_err("incomplete");
        assert!(
            problems.iter().any(|p| p.contains("Thing.closed")),
            "{problems:?}"
        );
        let stranger = format!("{POLICY}\n[Ghost]\nx = \"authenticated\"\n");
        let problems = Policy::parse(&sdl, &stranger).expect_err("unknown type");
        assert!(problems.iter().any(|p| p.contains("Ghost")), "{problems:?}");
        let typo = POLICY.replace(
            "\"user.manage\"\n        [Subscription]",
            "\"user.manaeg\"\n        [Subscription]",
        );
        assert!(Policy::parse(&sdl, &typo).is_err());
    }
}
