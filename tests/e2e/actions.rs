//! `Integration.allowedActions`: what the state allows, narrowed to the caller's role and
//! ownership, and every action listed is one the server then accepts.

use api::application::integrations::commands::{Actor, IntegrationCommands};
use api::domain::artifacts::{GeneratedFile, Usage};
use api::domain::identity::Role;
use api::domain::integration::StepOutcome;
use api::domain::{Command, IntegrationDraft, IntegrationState, PipelineStep};
use codebot_tests::{Backend, TestApp, both_databases};
use serde_json::json;
use uuid::Uuid;

/// Where the test puts an integration before asking what may be done with it.
#[derive(Debug, Clone, Copy)]
enum Situation {
    Reviewing,
    Failed,
    /// FAILED, and undoing its generated code failed for good.
    FailedUndo,
}

/// The integrations' owner, acting below GraphQL to put them where the test wants.
fn owner() -> Actor {
    Actor {
        user_id: "dev".into(),
        request_id: None,
        may_change_any: false,
    }
}

/// A new integration of `dev` in `situation`, made through the command handlers (the
/// application runs no worker, so it stays there).
async fn integration_in(commands: &IntegrationCommands, situation: Situation) -> Uuid {
    let draft = IntegrationDraft {
        kind: "webhook_relay".into(),
        name: "Orders relay".into(),
        description: None,
        prompt: "relay every order".into(),
        config: json!({ "target_url": "https://example.test/hook" }),
    };
    let id = commands
        .create(&owner(), draft)
        .await
        .expect("created")
        .integration
        .id;
    let run = |command: Command| async move {
        commands
            .execute(&owner(), id, None, command)
            .await
            .expect("accepted");
    };
    run(Command::Advance {
        to: IntegrationState::Generating,
    })
    .await;
    match situation {
        Situation::Reviewing => {
            for to in [IntegrationState::Testing, IntegrationState::Reviewing] {
                run(Command::Advance { to }).await;
            }
        }
        Situation::Failed => {
            run(Command::Fail {
                step: Some(PipelineStep::Generate),
                reason: "the model was unavailable".into(),
            })
            .await;
        }
        Situation::FailedUndo => {
            run(Command::StartStep {
                step: PipelineStep::Generate,
            })
            .await;
            run(Command::CompleteStep {
                step: PipelineStep::Generate,
                duration_ms: 5,
                outcome: StepOutcome::Generated {
                    generator: "scaffold".into(),
                    files: vec![GeneratedFile {
                        path: "relay.py".into(),
                        content: "pass\n".into(),
                    }],
                    test_command: vec!["true".into()],
                    summary: "a relay".into(),
                    usage: Usage::default(),
                },
                max_rounds: 3,
                start_next: false,
            })
            .await;
            run(Command::Cancel { reason: None }).await;
            run(Command::RecordCompensationFailure {
                step: PipelineStep::Generate,
                error: "the workspace is locked".into(),
                give_up: true,
            })
            .await;
        }
    }
    id
}

async fn allowed(app: &TestApp, credential: &str, id: Uuid) -> Vec<String> {
    let (status, body) = app
        .graphql_as(
            Some(credential),
            "query($id: ID!) { integration(id: $id) { allowedActions } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    serde_json::from_value(body["data"]["integration"]["allowedActions"].clone())
        .expect("a list of actions")
}

/// The mutation that performs `action`, with valid arguments.
fn mutation_for(action: &str) -> &'static str {
    match action {
        "UPDATE" => "updateIntegration(id: $id, input: { name: \"Renamed relay\" }) { id }",
        "APPROVE" => "approveIntegration(id: $id) { id }",
        "REQUEST_CHANGES" => "requestChanges(id: $id, comment: \"cover retries\") { id }",
        "REJECT" => "rejectIntegration(id: $id, reason: \"not needed\") { id }",
        "CANCEL" => "cancelIntegration(id: $id) { id }",
        "RETRY" => "retryIntegration(id: $id) { id }",
        "DEPRECATE" => "deprecateIntegration(id: $id) { id }",
        "DELETE" => "deleteIntegration(id: $id)",
        "RETRY_COMPENSATION" => "retryCompensation(id: $id) { id }",
        "RESOLVE_COMPENSATION" => "resolveCompensation(id: $id, note: \"removed by hand\") { id }",
        other => panic!("an action the test does not know: {other}"),
    }
}

both_databases!(
    allowed_actions_follow_the_state_and_the_caller_and_each_one_succeeds,
    |backend: Backend| async move {
        let app = TestApp::spawn_api(backend).await;
        let (handlers, _conn) = app.db.handlers().await;
        let commands = &handlers.integration_commands;
        let viewer = app.key("viewer", Role::Viewer).await;
        let dev = app.key("dev", Role::Developer).await;
        let other = app.key("other", Role::Developer).await;
        let admin = app.admin_key.clone();

        let review = ["APPROVE", "REQUEST_CHANGES", "REJECT", "CANCEL"];
        let expected: [(Situation, &[&str], &[&str]); 3] = [
            (Situation::Reviewing, &review, &review),
            (
                Situation::Failed,
                &["UPDATE", "RETRY"],
                &["UPDATE", "RETRY", "DELETE"],
            ),
            (
                Situation::FailedUndo,
                &["UPDATE"],
                &["UPDATE", "RETRY_COMPENSATION", "RESOLVE_COMPENSATION"],
            ),
        ];
        for (situation, owner_may, admin_may) in expected {
            let id = integration_in(commands, situation).await;
            let callers = [
                ("a viewer", &viewer, &[][..]),
                ("a developer who does not own it", &other, &[][..]),
                ("its owner, a developer", &dev, owner_may),
                ("an admin", &admin, admin_may),
            ];
            for (who, credential, wanted) in callers {
                let listed = allowed(&app, credential, id).await;
                assert_eq!(listed, wanted, "{who} on {situation:?}");
                // Every action listed succeeds, each on an integration of its own.
                for action in &listed {
                    let fresh = integration_in(commands, situation).await;
                    let query = format!("mutation($id: ID!) {{ {} }}", mutation_for(action));
                    let (status, body) = app
                        .graphql_as(Some(credential), &query, json!({ "id": fresh }))
                        .await;
                    assert_eq!(status, 200, "{body}");
                    assert!(
                        body.get("errors").is_none(),
                        "{who} could not {action} on {situation:?}: {body}"
                    );
                }
            }
        }

        // No action applies to the past.
        let id = integration_in(commands, Situation::Reviewing).await;
        let (_, body) = app
            .graphql_as(
                Some(&admin),
                "query($id: ID!) { integrationAt(id: $id, version: 2) { state allowedActions } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            body["data"]["integrationAt"],
            json!({ "state": "VALIDATING", "allowedActions": [] }),
            "{body}"
        );
        app.stop().await;
    }
);
