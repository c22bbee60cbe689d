//! The event store below GraphQL: optimistic concurrency, a global feed that never
//! skips a late commit, projections that a rebuild reproduces exactly.

use std::collections::BTreeSet;
use std::sync::Arc;

use api::application::integrations::commands::Actor;
use api::application::integrations::queries::{IntegrationFilter, PageRequest, PointInTime};
use api::application::integrations::rebuild::ProjectionRebuild;
use api::application::ports::EventLog;
use api::domain::{Command, IntegrationDraft, IntegrationPatch, IntegrationState, PipelineStep};
use api::infrastructure::persistence::{SeaOrmEventStore, SeaOrmReadModel};
use codebot_tests::{Backend, TestDb, both_databases};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use serde_json::json;
use uuid::Uuid;

fn actor() -> Actor {
    Actor {
        user_id: "tester".into(),
        request_id: None,
        may_change_any: true,
    }
}

fn draft(name: &str) -> IntegrationDraft {
    IntegrationDraft {
        kind: "webhook_relay".into(),
        name: name.into(),
        description: None,
        prompt: "relay".into(),
        config: json!({ "target_url": "https://example.test" }),
    }
}

both_databases!(
    of_fifty_concurrent_writers_at_the_same_version_exactly_one_wins,
    |backend: Backend| async move {
        let db = TestDb::create(backend).await;
        let (handlers, _conn) = db.handlers().await;
        let id = handlers
            .integration_commands
            .create(&actor(), draft("Race"))
            .await
            .expect("create")
            .integration
            .id;
        let mut tasks = Vec::new();
        for i in 0..50 {
            let commands = handlers.integration_commands.clone();
            tasks.push(tokio::spawn(async move {
                let reason = Some(format!("writer {i}"));
                commands
                    .execute(&actor(), id, Some(2), Command::Cancel { reason })
                    .await
            }));
        }
        let mut wins = 0;
        for task in tasks {
            match task.await.expect("task") {
                Ok(_) => wins += 1,
                Err(api::application::error::AppError::Conflict { .. }) => {}
                Err(other) => panic!("a loser must see a conflict, not {other:?}"),
            }
        }
        assert_eq!(wins, 1);
        let events = handlers
            .integration_queries
            .events(id, 0, 100)
            .await
            .expect("events");
        let versions: Vec<u32> = events.iter().map(|e| e.version).collect();
        assert_eq!(versions, [1, 2, 3]);
        let view = handlers
            .integration_queries
            .get(id)
            .await
            .expect("get")
            .expect("exists");
        assert_eq!(view.version, 3);
    }
);

both_databases!(
    a_follower_of_positions_sees_every_event_of_concurrent_writers_once_in_order,
    |backend: Backend| async move {
        let db = TestDb::create(backend).await;
        let (handlers, conn) = db.handlers().await;
        let log = SeaOrmEventStore::new(conn.clone(), Default::default());
        let writers: Vec<_> = (0..8)
            .map(|w| {
                let commands = handlers.integration_commands.clone();
                tokio::spawn(async move {
                    for i in 0..15 {
                        let created = commands
                            .create(&actor(), draft(&format!("w{w}-{i}")))
                            .await
                            .expect("create");
                        commands
                            .execute(
                                &actor(),
                                created.integration.id,
                                None,
                                Command::Cancel { reason: None },
                            )
                            .await
                            .expect("cancel");
                    }
                })
            })
            .collect();
        let total = 8 * 15 * 3;
        let mut seen = Vec::new();
        let mut cursor = 0;
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(60);
        while seen.len() < total {
            if tokio::time::Instant::now() >= deadline {
                let backend = conn.get_database_backend();
                let rows = conn
                    .query_all_raw(Statement::from_string(
                        backend,
                        "SELECT position FROM events ORDER BY position",
                    ))
                    .await
                    .expect("positions");
                let stored: Vec<i64> = rows
                    .iter()
                    .map(|r| r.try_get("", "position").expect("position"))
                    .collect();
                panic!(
                    "the follower stalled at {} (cursor {cursor}); stored: {} events, last positions {:?}",
                    seen.len(),
                    stored.len(),
                    &stored[stored.len().saturating_sub(8)..]
                );
            }
            let page = log.read_after(cursor, 7).await.expect("read");
            for event in page {
                let position = event.position.expect("stored events have positions");
                assert!(position > cursor, "positions only grow");
                cursor = position;
                seen.push((event.aggregate_id, event.version));
            }
        }
        for writer in writers {
            writer.await.expect("writer");
        }
        let unique: BTreeSet<_> = seen.iter().copied().collect();
        assert_eq!(unique.len(), total, "no event twice");
        assert!(
            log.read_after(cursor, 10).await.expect("read").is_empty(),
            "none left over"
        );
    }
);

/// Two PostgreSQL transactions commit out of position order; the reader waits for the
/// earlier position instead of skipping it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_late_commit_of_an_earlier_position_is_not_skipped() {
    let db = TestDb::create(Backend::Postgres).await;
    let (_handlers, conn) = db.handlers().await;
    let log = SeaOrmEventStore::new(conn.clone(), Default::default());
    let early = sea_orm::Database::connect(&db.url)
        .await
        .expect("connection A");
    let late = sea_orm::Database::connect(&db.url)
        .await
        .expect("connection B");
    async fn begin_append(db: &sea_orm::DatabaseTransaction, name: &str) -> Uuid {
        let id = Uuid::now_v7();
        // The same order as the store: the read-model row first, then the event.
        for sql in [
            format!(
                "INSERT INTO integrations (id, kind, name, prompt, config, state, version, owner_id, created_at, updated_at) VALUES ('{id}', 'k', '{name}', 'p', '{{}}', 'DRAFT', 1, 'u', now(), now())"
            ),
            format!(
                "INSERT INTO events (id, aggregate_id, version, event_type, schema_version, data, metadata, recorded_at) VALUES ('{}', '{id}', 1, 'IntegrationDeleted', 1, '{{}}', '{{\"actor\":\"u\",\"correlation_id\":\"c\"}}', now())",
                Uuid::now_v7()
            ),
        ] {
            db.execute_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                sql,
            ))
            .await
            .expect("append step");
        }
        id
    }
    use sea_orm::TransactionTrait;
    let early = early.begin().await.expect("begin A");
    let late = late.begin().await.expect("begin B");
    let first = begin_append(&early, "early").await;
    let second = begin_append(&late, "late").await;
    late.commit().await.expect("commit late");
    let reader = tokio::spawn(async move { log.read_after(0, 10).await.expect("read") });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !reader.is_finished(),
        "the reader must wait for the open transaction"
    );
    early.commit().await.expect("commit early");
    let events = reader.await.expect("reader");
    let order: Vec<Uuid> = events.iter().map(|e| e.aggregate_id).collect();
    assert_eq!(order, [first, second]);
}

both_databases!(
    rebuilding_the_projections_from_thousands_of_events_changes_no_row,
    |backend: Backend| async move {
        let db = TestDb::create(backend).await;
        let (handlers, conn) = db.handlers().await;
        let commands = &handlers.integration_commands;
        let path = [
            Command::Advance {
                to: IntegrationState::Generating,
            },
            Command::Advance {
                to: IntegrationState::Testing,
            },
            Command::Advance {
                to: IntegrationState::Generating,
            },
            Command::Advance {
                to: IntegrationState::Testing,
            },
            Command::Advance {
                to: IntegrationState::Reviewing,
            },
            Command::RequestChanges {
                comment: "more".into(),
            },
            Command::Fail {
                step: Some(PipelineStep::Generate),
                reason: "boom".into(),
            },
            Command::Update(IntegrationPatch {
                description: Some(Some("edited".into())),
                ..Default::default()
            }),
            Command::Retry,
            Command::Cancel {
                reason: Some("stop".into()),
            },
        ];
        let mut events = 0;
        for i in 0..400 {
            let id = commands
                .create(&actor(), draft(&format!("History {i}")))
                .await
                .expect("create")
                .integration
                .id;
            events += 2;
            for command in path.iter().take(i % path.len() + 1) {
                commands
                    .execute(&actor(), id, None, command.clone())
                    .await
                    .expect("command");
                events += 1;
            }
            // After 7, 8 or 10 commands the integration is FAILED: deletable.
            if matches!(i % path.len(), 6 | 7 | 9) {
                commands
                    .execute(&actor(), id, None, Command::Delete)
                    .await
                    .expect("delete");
                events += 1;
            }
        }
        assert!(events >= 2_500, "{events} events");
        let snapshot = |conn: DatabaseConnection| async move {
            let backend = conn.get_database_backend();
            let rows = conn
                .query_all_raw(Statement::from_string(backend, "SELECT id, kind, name, description, prompt, config, state, version, owner_id, failure, change_request, created_at, updated_at, deleted_at FROM integrations ORDER BY id"))
                .await
                .expect("rows");
            rows.iter().map(|r| format!("{r:?}")).collect::<Vec<_>>()
        };
        let before = snapshot(conn.clone()).await;
        let store = Arc::new(SeaOrmEventStore::new(conn.clone(), Default::default()));
        let read = Arc::new(SeaOrmReadModel::new(conn.clone()));
        let report = ProjectionRebuild::new(store, read)
            .run()
            .await
            .expect("rebuild");
        assert_eq!(report.events, events as u64);
        assert_eq!(report.integrations, 400);
        let after = snapshot(conn.clone()).await;
        assert_eq!(before.len(), 400);
        assert!(before == after, "the rebuilt rows differ");
        let page = handlers
            .integration_queries
            .list(
                &IntegrationFilter::default(),
                &PageRequest::Forward {
                    first: 100,
                    after: None,
                },
            )
            .await
            .expect("list");
        assert_eq!(page.total_count, 400 - 120);
    }
);

mod replay_equals_projection {
    use super::*;
    use proptest::prelude::*;

    fn command() -> impl Strategy<Value = Command> {
        prop_oneof![
            Just(Command::StartPipeline),
            prop::sample::select(IntegrationState::ALL.to_vec())
                .prop_map(|to| Command::Advance { to }),
            Just(Command::Approve { comment: None }),
            Just(Command::Reject {
                reason: "no".into()
            }),
            Just(Command::RequestChanges {
                comment: "again".into()
            }),
            Just(Command::Cancel { reason: None }),
            Just(Command::Retry),
            Just(Command::Deprecate),
            Just(Command::Fail {
                step: Some(PipelineStep::Test),
                reason: "red".into()
            }),
            "[a-z]{1,12}".prop_map(|name| Command::Update(IntegrationPatch {
                name: Some(name),
                ..Default::default()
            })),
        ]
    }

    /// Random command sequences: the read model written with each append equals the
    /// state rebuilt by replaying the events.
    fn check(backend: Backend) {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let db = runtime.block_on(TestDb::create(backend));
        let (handlers, _conn) = runtime.block_on(db.handlers());
        let config = ProptestConfig {
            cases: 24,
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        proptest!(config, |(commands in prop::collection::vec(command(), 1..30))| {
            runtime.block_on(async {
                let id = handlers.integration_commands.create(&actor(), draft("Prop")).await.expect("create").integration.id;
                for command in commands {
                    // Refused commands are part of the property: they must change nothing.
                    let _ = handlers.integration_commands.execute(&actor(), id, None, command).await;
                }
                let projected = handlers.integration_queries.get(id).await.expect("get").expect("exists");
                let replayed = handlers
                    .integration_queries
                    .at(id, PointInTime::Version(u32::MAX))
                    .await
                    .expect("replay")
                    .expect("exists");
                assert_eq!(projected, replayed);
            });
        });
    }

    #[test]
    fn sqlite() {
        check(Backend::Sqlite);
    }

    #[test]
    fn postgres() {
        check(Backend::Postgres);
    }
}

/// A long writing transaction elsewhere on the cluster holds back the global `xmin`,
/// but it holds no position of ours: the reader must not wait for it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_transaction_in_another_database_does_not_stall_the_reader() {
    use sea_orm::TransactionTrait;
    let ours = TestDb::create(Backend::Postgres).await;
    let theirs = TestDb::create(Backend::Postgres).await;
    let (handlers, conn) = ours.handlers().await;
    let other = sea_orm::Database::connect(&theirs.url)
        .await
        .expect("other db");
    other
        .execute_unprepared("CREATE TABLE busy (n int)")
        .await
        .expect("table");
    let long = other.begin().await.expect("begin");
    long.execute_unprepared("INSERT INTO busy VALUES (1)")
        .await
        .expect("takes an xid");
    // A hole: an append that draws a position and rolls back.
    let hole = conn.begin().await.expect("begin");
    hole.execute_unprepared(&format!(
        "INSERT INTO events (id, aggregate_id, version, event_type, schema_version, data, metadata, recorded_at) \
         VALUES ('{}', '{}', 1, 'IntegrationDeleted', 1, '{{}}', '{{\"actor\":\"u\",\"correlation_id\":\"c\"}}', now())",
        Uuid::now_v7(),
        Uuid::now_v7()
    ))
    .await
    .expect("draw a position");
    hole.rollback().await.expect("rollback");
    handlers
        .integration_commands
        .create(&actor(), draft("After the hole"))
        .await
        .expect("create");
    let log = SeaOrmEventStore::new(conn.clone(), Default::default());
    let started = std::time::Instant::now();
    let events = log.read_after(0, 10).await.expect("read");
    assert_eq!(events.len(), 2, "the creation's two events");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "waited {:?}",
        started.elapsed()
    );
    long.rollback().await.expect("end the long transaction");
}
