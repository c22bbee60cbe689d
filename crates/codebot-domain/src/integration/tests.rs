//! Given events, when a command, then events or an error.

use serde_json::json;
use uuid::Uuid;

use super::*;
use crate::state::IntegrationState::{self, *};

fn draft() -> IntegrationDraft {
    IntegrationDraft {
        kind: "webhook_relay".into(),
        name: "  Orders relay ".into(),
        description: Some("Relays orders".into()),
        prompt: "Forward every order to the warehouse".into(),
        config: json!({ "target_url": "https://example.test/hook" }),
    }
}

fn given(events: &[Event]) -> Integration {
    Integration::replay(Uuid::nil(), events)
}

fn created() -> Event {
    Event::IntegrationCreated {
        owner: "u1".into(),
        kind: "webhook_relay".into(),
        name: "Orders relay".into(),
        description: None,
        prompt: "p".into(),
        config: json!({}),
    }
}

/// A pull request the code host has open.
fn open_pull_request() -> crate::artifacts::PullRequest {
    crate::artifacts::PullRequest {
        url: "u".into(),
        number: 1,
        branch: "b".into(),
        commit: "c".into(),
        state: crate::artifacts::PullRequestState::Open,
        files_changed: 1,
        additions: 1,
        deletions: 0,
    }
}

/// An integration that has reached `state` by allowed moves.
fn in_state(state: IntegrationState) -> Integration {
    let path: &[IntegrationState] = match state {
        Draft => &[],
        Validating => &[Validating],
        Generating => &[Validating, Generating],
        Testing => &[Validating, Generating, Testing],
        Reviewing => &[Validating, Generating, Testing, Reviewing],
        Deploying => &[Validating, Generating, Testing, Reviewing, Deploying],
        Active => &[
            Validating, Generating, Testing, Reviewing, Deploying, Active,
        ],
        Failed => &[Validating, Failed],
        Deprecated => &[
            Validating, Generating, Testing, Reviewing, Deploying, Active, Deprecated,
        ],
    };
    let mut events = vec![created()];
    let mut from = Draft;
    for to in path {
        events.push(Event::StateChanged {
            from,
            to: *to,
            trigger: Trigger::Pipeline,
            step: None,
            reason: None,
        });
        from = *to;
    }
    let integration = given(&events);
    assert_eq!(integration.state, state);
    integration
}

fn resulting_state(
    integration: &Integration,
    command: Command,
) -> Result<IntegrationState, DomainError> {
    let events = integration.handle(command)?;
    let mut next = integration.clone();
    for event in &events {
        next.apply(event);
    }
    Ok(next.state)
}

#[test]
fn creating_trims_the_name_and_starts_in_draft() {
    let events = Integration::new(Uuid::nil())
        .handle(Command::Create {
            owner: "u1".into(),
            draft: draft(),
        })
        .expect("valid");
    let integration = given(&events);
    assert_eq!(integration.state, Draft);
    assert_eq!(integration.name, "Orders relay");
    assert_eq!(integration.version, 1);
    assert_eq!(integration.owner, "u1");
}

#[test]
fn creating_twice_is_refused() {
    let err = given(&[created()])
        .handle(Command::Create {
            owner: "u1".into(),
            draft: draft(),
        })
        .expect_err("exists");
    assert_eq!(err, DomainError::AlreadyExists);
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let bad = IntegrationDraft {
        kind: "".into(),
        name: "x".repeat(101),
        description: None,
        prompt: " ".into(),
        config: json!([1, 2]),
    };
    let err = Integration::new(Uuid::nil())
        .handle(Command::Create {
            owner: "u".into(),
            draft: bad,
        })
        .expect_err("invalid");
    let DomainError::InvalidInput(fields) = err else {
        panic!("{err:?}")
    };
    let names: Vec<_> = fields.iter().map(|f| f.field).collect();
    assert_eq!(names, ["name", "prompt", "config", "kind"]);
}

#[test]
fn size_limits_are_enforced_on_prompt_and_config() {
    let mut big = draft();
    big.prompt = "p".repeat(PROMPT_MAX_BYTES + 1);
    big.config = json!({ "blob": "c".repeat(CONFIG_MAX_BYTES) });
    let err = Integration::new(Uuid::nil())
        .handle(Command::Create {
            owner: "u".into(),
            draft: big,
        })
        .expect_err("too big");
    assert_eq!(
        err.to_string(),
        "prompt: must be at most 32 KiB; config: must be at most 64 KiB of JSON"
    );
    let mut edge = draft();
    edge.name = "é".repeat(NAME_MAX_CHARS);
    edge.prompt = "p".repeat(PROMPT_MAX_BYTES);
    assert!(
        Integration::new(Uuid::nil())
            .handle(Command::Create {
                owner: "u".into(),
                draft: edge
            })
            .is_ok()
    );
}

/// A config nested `levels` deep (the outer object is level 1).
fn nested(levels: usize) -> serde_json::Value {
    let mut value = json!(1);
    for _ in 0..levels {
        value = json!({ "a": value });
    }
    value
}

#[test]
fn a_config_nests_at_most_the_depth_every_reader_can_read() {
    assert_eq!(json_depth(&json!(1)), 0);
    assert_eq!(json_depth(&json!({ "a": [1, { "b": [] }] })), 4);
    assert_eq!(json_depth(&nested(CONFIG_MAX_DEPTH)), CONFIG_MAX_DEPTH);
    for (levels, ok) in [
        (CONFIG_MAX_DEPTH, true),
        (CONFIG_MAX_DEPTH + 1, false),
        (2_000, false),
    ] {
        let mut deep = draft();
        deep.config = nested(levels);
        let result = Integration::new(Uuid::nil()).handle(Command::Create {
            owner: "u".into(),
            draft: deep,
        });
        match result {
            Ok(_) => assert!(ok, "{levels} levels were accepted"),
            Err(err) => {
                assert!(!ok, "{levels} levels were refused: {err}");
                assert_eq!(err.to_string(), "config: must nest at most 32 levels deep");
            }
        }
    }
}

#[test]
fn commands_on_a_missing_or_deleted_integration_find_nothing() {
    assert_eq!(
        Integration::new(Uuid::nil()).handle(Command::Retry),
        Err(DomainError::NotFound)
    );
    let deleted = given(&[created(), Event::IntegrationDeleted {}]);
    assert_eq!(deleted.handle(Command::Delete), Err(DomainError::NotFound));
}

#[test]
fn a_refused_move_says_cannot_transition_from_x_to_y() {
    let err = in_state(Draft)
        .handle(Command::Approve { comment: None })
        .expect_err("refused");
    assert_eq!(err.to_string(), "Cannot transition from DRAFT to DEPLOYING");
    let err = in_state(Active)
        .handle(Command::Retry)
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "Cannot transition from ACTIVE to VALIDATING"
    );
}

/// Every command in every state: the resulting state, or the refusal.
#[test]
fn the_lifecycle_table() {
    use Command::*;
    type Row = (IntegrationState, fn() -> Command, Option<IntegrationState>);
    let approve: fn() -> Command = || Approve { comment: None };
    let reject: fn() -> Command = || Reject {
        reason: "no".into(),
    };
    let changes: fn() -> Command = || RequestChanges {
        comment: "more tests".into(),
    };
    let cancel: fn() -> Command = || Cancel { reason: None };
    let retry: fn() -> Command = || Retry;
    let deprecate: fn() -> Command = || Deprecate;
    let start: fn() -> Command = || StartPipeline;
    let fail: fn() -> Command = || Fail {
        step: Some(PipelineStep::Test),
        reason: "boom".into(),
    };
    let rows: Vec<Row> = IntegrationState::ALL
        .into_iter()
        .flat_map(|s| {
            let in_flight = s.is_in_flight();
            [
                (s, start, (s == Draft).then_some(Validating)),
                (s, approve, (s == Reviewing).then_some(Deploying)),
                (s, reject, (s == Reviewing).then_some(Failed)),
                (s, changes, (s == Reviewing).then_some(Generating)),
                (s, cancel, (in_flight || s == Draft).then_some(Failed)),
                (s, retry, (s == Failed).then_some(Validating)),
                (s, deprecate, (s == Active).then_some(Deprecated)),
                (s, fail, s.can_transition_to(Failed).then_some(Failed)),
            ]
        })
        .collect();
    for (state, command, expected) in rows {
        let command = command();
        let result = resulting_state(&in_state(state), command.clone());
        match expected {
            Some(to) => assert_eq!(result, Ok(to), "{state} + {command:?}"),
            None => assert!(
                matches!(result, Err(DomainError::InvalidTransition { from, .. }) if from == state),
                "{state} + {command:?} gave {result:?}"
            ),
        }
    }
}

#[test]
fn the_pipeline_only_moves_forward_or_into_a_repair_round() {
    let allowed = [
        (Validating, Generating),
        (Generating, Testing),
        (Testing, Generating),
        (Testing, Reviewing),
        (Deploying, Active),
    ];
    for from in IntegrationState::ALL {
        if from == Deprecated {
            continue;
        }
        for to in IntegrationState::ALL {
            let result = resulting_state(&in_state(from), Command::Advance { to });
            if allowed.contains(&(from, to)) {
                assert_eq!(result, Ok(to));
            } else {
                assert!(result.is_err(), "{from} -> {to}");
            }
        }
    }
}

#[test]
fn failing_records_the_step_and_the_reason_and_a_retry_clears_them() {
    let mut integration = in_state(Testing);
    for event in integration
        .handle(Command::Fail {
            step: Some(PipelineStep::Test),
            reason: "2 tests failed".into(),
        })
        .expect("fail")
    {
        integration.apply(&event);
    }
    let failure = integration.failure.clone().expect("failure");
    assert_eq!(failure.step, Some(PipelineStep::Test));
    assert_eq!(failure.reason, "2 tests failed");
    for event in integration.handle(Command::Retry).expect("retry") {
        integration.apply(&event);
    }
    assert_eq!(integration.state, Validating);
    assert_eq!(integration.failure, None);
}

#[test]
fn only_draft_and_failed_integrations_can_be_edited() {
    let patch = IntegrationPatch {
        name: Some("New".into()),
        ..Default::default()
    };
    for state in IntegrationState::ALL {
        let result = in_state(state).handle(Command::Update(patch.clone()));
        if matches!(state, Draft | Failed) {
            assert!(result.is_ok(), "{state}");
        } else {
            assert_eq!(result, Err(DomainError::NotEditable { state }));
        }
    }
    assert!(matches!(
        in_state(Draft).handle(Command::Update(IntegrationPatch::default())),
        Err(DomainError::InvalidInput(_))
    ));
}

#[test]
fn deleting_is_refused_while_running_or_deployed() {
    for state in IntegrationState::ALL {
        let result = in_state(state).handle(Command::Delete);
        if state.is_in_flight() || state == Active {
            assert_eq!(result, Err(DomainError::NotDeletable { state }));
        } else {
            assert_eq!(result, Ok(vec![Event::IntegrationDeleted {}]));
        }
    }
}

#[test]
fn a_change_request_is_kept_for_the_generator() {
    let mut integration = in_state(Reviewing);
    for event in integration
        .handle(Command::RequestChanges {
            comment: "  add retries  ".into(),
        })
        .expect("changes")
    {
        integration.apply(&event);
    }
    assert_eq!(integration.state, Generating);
    assert_eq!(integration.change_request.as_deref(), Some("add retries"));
    assert!(matches!(
        in_state(Reviewing).handle(Command::Reject { reason: " ".into() }),
        Err(DomainError::InvalidInput(_))
    ));
}

#[test]
fn events_round_trip_through_their_stored_form() {
    let events = vec![
        created(),
        Event::IntegrationUpdated {
            name: None,
            description: Some(None),
            prompt: None,
            config: None,
        },
        Event::StateChanged {
            from: Draft,
            to: Validating,
            trigger: Trigger::Started,
            step: None,
            reason: None,
        },
        Event::IntegrationDeleted {},
    ];
    for event in events {
        let back = Event::from_stored(
            event.event_type().as_str(),
            Event::SCHEMA_VERSION,
            event.data(),
        )
        .expect("readable");
        assert_eq!(back, event);
    }
    assert!(Event::from_stored("Unheard", 1, json!({})).is_err());
    assert!(Event::from_stored("IntegrationDeleted", 99, json!({})).is_err());
}

#[test]
fn only_the_running_attempt_of_a_step_can_be_failed() {
    let mut integration = in_state(Generating);
    for event in integration
        .handle(Command::StartStep {
            step: PipelineStep::Generate,
        })
        .expect("start")
    {
        integration.apply(&event);
    }
    let fail = |attempt| Command::FailStep {
        step: PipelineStep::Generate,
        attempt,
        duration_ms: 1,
        error: "boom".into(),
        retrying: false,
        usage: Usage::default(),
    };
    assert!(
        integration.handle(fail(2)).is_err(),
        "a stale or future attempt is refused"
    );
    assert!(
        integration
            .handle(Command::FailStep {
                step: PipelineStep::Test,
                attempt: 1,
                duration_ms: 1,
                error: "boom".into(),
                retrying: false,
                usage: Usage::default(),
            })
            .is_err(),
        "a step that is not running is refused"
    );
    let events = integration.handle(fail(1)).expect("the running attempt");
    assert!(matches!(
        events.last(),
        Some(Event::StateChanged { to: Failed, .. })
    ));
}

#[test]
fn progress_is_recorded_only_for_the_running_generation_and_cleared_when_it_ends() {
    use crate::artifacts::GenerationProgress;
    let report = |attempt, characters: u64| Command::RecordGenerationProgress {
        attempt,
        progress: GenerationProgress {
            characters,
            files: vec!["a.py".into()],
        },
    };
    let mut integration = in_state(Generating);
    assert!(
        integration.handle(report(1, 10)).is_err(),
        "no generation runs yet"
    );
    let apply = |integration: &mut Integration, command| {
        for event in integration.handle(command).expect("accepted") {
            integration.apply(&event);
        }
    };
    apply(
        &mut integration,
        Command::StartStep {
            step: PipelineStep::Generate,
        },
    );
    assert!(
        integration.handle(report(2, 10)).is_err(),
        "not that attempt"
    );
    apply(&mut integration, report(1, 10));
    apply(&mut integration, report(1, 25));
    let (attempt, progress) = integration.pipeline.generation.clone().expect("progress");
    assert_eq!((attempt, progress.characters), (1, 25));
    // Stored flat: `{attempt, characters, files}`, and read back the same.
    let event = Event::GenerationProgressed { attempt, progress };
    assert_eq!(
        event.data(),
        json!({ "attempt": 1, "characters": 25, "files": ["a.py"] })
    );
    assert_eq!(
        Event::from_stored(
            event.event_type().as_str(),
            Event::SCHEMA_VERSION,
            event.data()
        )
        .expect("readable"),
        event
    );
    apply(
        &mut integration,
        Command::FailStep {
            step: PipelineStep::Generate,
            attempt: 1,
            duration_ms: 1,
            error: "timeout".into(),
            retrying: true,
            usage: Usage::default(),
        },
    );
    assert_eq!(integration.pipeline.generation, None);
    assert!(integration.handle(report(1, 30)).is_err(), "it ended");
}

#[test]
fn an_integration_is_not_deleted_before_its_cleanup_ran() {
    let mut integration = in_state(Testing);
    integration.pipeline.pull_request = Some(open_pull_request());
    for event in integration
        .handle(Command::Cancel { reason: None })
        .expect("cancel")
    {
        integration.apply(&event);
    }
    assert_eq!(
        integration.next_action(),
        NextAction::Compensate(PipelineStep::PullRequest)
    );
    assert_eq!(
        integration.handle(Command::Delete),
        Err(DomainError::NotDeletable { state: Failed })
    );
}

#[test]
fn failed_tests_say_their_exit_code_in_plain_words() {
    for (exit_code, said) in [
        (Some(1), "the tests failed (exit code 1)"),
        (None, "the tests failed (killed by a signal)"),
    ] {
        let mut integration = in_state(Testing);
        for event in integration
            .handle(Command::StartStep {
                step: PipelineStep::Test,
            })
            .expect("start")
        {
            integration.apply(&event);
        }
        let report = crate::artifacts::TestReport {
            passed: false,
            exit_code,
            duration_ms: 5,
            output: "FAILED".into(),
            truncated: false,
            timed_out: false,
        };
        let events = integration
            .handle(Command::CompleteStep {
                step: PipelineStep::Test,
                duration_ms: 5,
                outcome: crate::integration::StepOutcome::Tested(report),
                max_rounds: 1,
                start_next: false,
            })
            .expect("complete");
        let errors: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                Event::StepFailed { error, .. } => Some(error.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(errors, [said], "{events:?}");
    }
}

/// A cancelled integration whose open pull request must be closed (and whose
/// generated code must be discarded after it).
fn cleaning_up_a_pull_request() -> Integration {
    let mut integration = in_state(Testing);
    integration.pipeline.pull_request = Some(open_pull_request());
    integration.pipeline.files = vec![crate::artifacts::GeneratedFile {
        path: "a.py".into(),
        content: "pass".into(),
    }];
    apply_all(
        &mut integration,
        Command::Cancel {
            reason: Some("not needed".into()),
        },
    );
    integration
}

fn apply_all(integration: &mut Integration, command: Command) {
    for event in integration.handle(command).expect("accepted") {
        integration.apply(&event);
    }
}

fn undo_fails(give_up: bool) -> Command {
    Command::RecordCompensationFailure {
        step: PipelineStep::PullRequest,
        error: "GitHub is down".into(),
        give_up,
    }
}

#[test]
fn an_undo_that_keeps_failing_stops_and_waits_for_an_administrator() {
    let mut integration = cleaning_up_a_pull_request();
    apply_all(&mut integration, undo_fails(false));
    apply_all(&mut integration, undo_fails(false));
    assert_eq!(integration.pipeline.compensation_tries, 2);
    assert_eq!(
        integration.next_action(),
        NextAction::Compensate(PipelineStep::PullRequest),
        "it retries while it has tries left"
    );
    let events = integration.handle(undo_fails(true)).expect("gives up");
    assert!(matches!(
        &events[..],
        [
            Event::CompensationAttemptFailed { attempt: 3, .. },
            Event::CompensationFailed { attempts: 3, .. }
        ]
    ));
    for event in &events {
        integration.apply(event);
    }
    assert_eq!(integration.next_action(), NextAction::Wait);
    assert_eq!(
        integration.pipeline.compensation_failure,
        Some(CompensationFailure {
            step: PipelineStep::PullRequest,
            error: "GitHub is down".into(),
            attempts: 3
        })
    );
    // Neither a new run nor a deletion may leave the pull request open behind it.
    let unresolved = DomainError::CompensationUnresolved {
        step: "pull_request",
    };
    assert_eq!(integration.handle(Command::Retry), Err(unresolved.clone()));
    assert_eq!(integration.handle(Command::Delete), Err(unresolved));
}

#[test]
fn an_administrator_retries_a_failed_undo_or_resolves_it_by_hand() {
    let mut integration = cleaning_up_a_pull_request();
    assert_eq!(
        integration.handle(Command::RetryCompensation),
        Err(DomainError::NoFailedCompensation)
    );
    apply_all(&mut integration, undo_fails(true));
    apply_all(&mut integration, Command::RetryCompensation);
    assert_eq!(integration.pipeline.compensation_failure, None);
    assert_eq!(integration.pipeline.compensation_tries, 0, "fresh tries");
    assert_eq!(
        integration.next_action(),
        NextAction::Compensate(PipelineStep::PullRequest)
    );

    apply_all(&mut integration, undo_fails(true));
    assert!(matches!(
        integration.handle(Command::ResolveCompensation { note: "  ".into() }),
        Err(DomainError::InvalidInput(_))
    ));
    apply_all(
        &mut integration,
        Command::ResolveCompensation {
            note: "closed it on GitHub by hand".into(),
        },
    );
    assert_eq!(integration.pipeline.compensation_failure, None);
    assert_eq!(
        integration
            .pipeline
            .pull_request
            .as_ref()
            .map(|pr| pr.state),
        Some(crate::artifacts::PullRequestState::Closed)
    );
    assert_eq!(
        integration.next_action(),
        NextAction::Compensate(PipelineStep::Generate),
        "the saga goes on with what is left to undo"
    );
    // A worker's late report of a failure for an undo no longer in hand is refused.
    assert!(integration.handle(undo_fails(false)).is_err());
}

#[test]
fn a_deprecated_deployment_that_cannot_be_removed_waits_for_an_administrator() {
    let mut integration = in_state(Deprecated);
    integration.pipeline.deployment = Some(crate::artifacts::Deployment {
        id: "d1".into(),
        location: "l".into(),
        previous: None,
    });
    assert_eq!(integration.next_action(), NextAction::Undeploy);
    apply_all(
        &mut integration,
        Command::RecordCompensationFailure {
            step: PipelineStep::Deploy,
            error: "the host is gone".into(),
            give_up: true,
        },
    );
    assert_eq!(integration.next_action(), NextAction::Wait);
    apply_all(
        &mut integration,
        Command::ResolveCompensation {
            note: "removed by hand".into(),
        },
    );
    assert!(integration.pipeline.undeployed);
    assert_eq!(integration.next_action(), NextAction::Done);
}

#[test]
fn every_event_type_is_listed_with_a_stored_name_that_reads_back() {
    let samples = [
        created(),
        Event::StateChanged {
            from: Draft,
            to: Validating,
            trigger: Trigger::Started,
            step: None,
            reason: None,
        },
        Event::IntegrationDeleted {},
        Event::PullRequestMerged {},
        Event::Undeployed {},
        Event::CompensationRetried {
            step: PipelineStep::Deploy,
        },
        Event::CompensationResolved {
            step: PipelineStep::Deploy,
            note: "n".into(),
        },
        Event::CompensationFailed {
            step: PipelineStep::Deploy,
            error: "e".into(),
            attempts: 3,
        },
    ];
    let listed: std::collections::HashSet<EventType> = EventType::ALL.into_iter().collect();
    assert_eq!(
        listed.len(),
        EventType::ALL.len(),
        "no type is listed twice"
    );
    for event in &samples {
        assert!(listed.contains(&event.event_type()), "{event:?}");
    }
    // Each listed name is a type the store can read back, and names only that type.
    for event_type in EventType::ALL {
        let name = event_type.as_str();
        assert_eq!(EventType::parse(name), Some(event_type));
        let err = Event::from_stored(name, 1, json!(null)).err();
        assert!(
            err.as_ref()
                .is_none_or(|e| !e.reason.contains("unknown variant")),
            "{name}: {err:?}"
        );
    }
    assert_eq!(EventType::parse("StateChangd"), None);
}

#[test]
fn a_pull_requests_state_is_stored_by_the_names_events_always_had() {
    use crate::artifacts::PullRequestState::{self, *};
    for (state, stored) in [(Open, "open"), (Closed, "closed"), (Merged, "merged")] {
        assert_eq!(
            serde_json::to_value(state).expect("serialises"),
            json!(stored)
        );
        let back: PullRequestState = serde_json::from_value(json!(stored)).expect("reads back");
        assert_eq!(back, state);
    }
}

/// Applies what `command` decides; it must be accepted.
fn run(integration: &mut Integration, command: Command) -> Vec<Event> {
    let events = integration.handle(command).expect("accepted");
    for event in &events {
        integration.apply(event);
    }
    events
}

fn failing_tests() -> crate::artifacts::TestReport {
    crate::artifacts::TestReport {
        passed: false,
        exit_code: Some(1),
        duration_ms: 1,
        output: "FAILED".into(),
        truncated: false,
        timed_out: false,
    }
}

/// Runs generate then failing tests once, in the current run.
fn a_red_round(integration: &mut Integration) -> Vec<Event> {
    let generate = PipelineStep::Generate;
    run(integration, Command::StartStep { step: generate });
    run(
        integration,
        Command::CompleteStep {
            step: generate,
            duration_ms: 1,
            outcome: StepOutcome::Generated {
                generator: "g".into(),
                files: vec![],
                test_command: vec!["true".into()],
                summary: "s".into(),
                usage: crate::artifacts::Usage::default(),
            },
            max_rounds: 2,
            start_next: false,
        },
    );
    let test = PipelineStep::Test;
    run(integration, Command::StartStep { step: test });
    run(
        integration,
        Command::CompleteStep {
            step: test,
            duration_ms: 1,
            outcome: StepOutcome::Tested(failing_tests()),
            max_rounds: 2,
            start_next: false,
        },
    )
}

#[test]
fn rounds_go_on_counting_after_a_retry_while_the_repair_budget_starts_again() {
    let mut integration = in_state(Generating);
    assert_eq!(integration.pipeline.round, 1);
    a_red_round(&mut integration);
    assert_eq!(
        (integration.state, integration.pipeline.round),
        (Generating, 2)
    );
    a_red_round(&mut integration);
    assert_eq!(integration.state, Failed, "two rounds spend the budget");
    assert_eq!(
        integration.failure.as_ref().map(|f| f.reason.as_str()),
        Some("the tests failed (exit code 1) after 2 round(s)")
    );

    run(&mut integration, Command::Retry);
    run(
        &mut integration,
        Command::StartStep {
            step: PipelineStep::Validate,
        },
    );
    run(
        &mut integration,
        Command::CompleteStep {
            step: PipelineStep::Validate,
            duration_ms: 1,
            outcome: StepOutcome::Validated,
            max_rounds: 2,
            start_next: false,
        },
    );
    assert_eq!(integration.pipeline.round, 3, "the third round of its life");
    assert_eq!(
        integration.pipeline.run_rounds(),
        1,
        "the first of this run"
    );
    let events = a_red_round(&mut integration);
    assert_eq!(
        integration.state, Generating,
        "a fresh budget repairs again"
    );
    assert!(
        events.iter().any(|e| matches!(e, Event::StateChanged { reason: Some(r), .. } if r.ends_with("repair round 4"))),
        "{events:?}"
    );
}

#[test]
fn a_deployment_merges_an_open_pull_request_and_a_compensation_closes_it() {
    let pull_request = crate::artifacts::PullRequest {
        url: "file:///repo#codebot/x".into(),
        number: 1,
        branch: "codebot/x".into(),
        commit: "abc".into(),
        state: crate::artifacts::PullRequestState::Open,
        files_changed: 1,
        additions: 1,
        deletions: 0,
    };
    let mut deploying = in_state(Deploying);
    deploying.apply(&Event::PullRequestOpened {
        pull_request: pull_request.clone(),
    });
    run(
        &mut deploying,
        Command::StartStep {
            step: PipelineStep::Deploy,
        },
    );
    let events = run(
        &mut deploying,
        Command::CompleteStep {
            step: PipelineStep::Deploy,
            duration_ms: 1,
            outcome: StepOutcome::Deployed {
                deployment: crate::artifacts::Deployment {
                    id: "d".into(),
                    location: "/d".into(),
                    previous: None,
                },
                merged: true,
            },
            max_rounds: 2,
            start_next: false,
        },
    );
    assert!(events.contains(&Event::PullRequestMerged {}), "{events:?}");
    assert_eq!(deploying.state, Active);
    assert_eq!(
        deploying.pipeline.pull_request.as_ref().map(|p| p.state),
        Some(crate::artifacts::PullRequestState::Merged)
    );
    // Deprecated later, a merged pull request has nothing to close.
    run(&mut deploying, Command::Deprecate);
    assert_eq!(deploying.next_action(), NextAction::Undeploy);

    let mut reviewing = in_state(Reviewing);
    reviewing.apply(&Event::PullRequestOpened { pull_request });
    run(
        &mut reviewing,
        Command::Reject {
            reason: "no".into(),
        },
    );
    assert_eq!(
        reviewing.next_action(),
        NextAction::Compensate(PipelineStep::PullRequest)
    );
    run(
        &mut reviewing,
        Command::RecordCompensation {
            step: PipelineStep::PullRequest,
            detail: "closed".into(),
        },
    );
    assert_eq!(
        reviewing.pipeline.pull_request.map(|p| p.state),
        Some(crate::artifacts::PullRequestState::Closed)
    );
}

#[test]
fn a_step_that_succeeds_can_start_the_next_in_the_same_change() {
    let mut integration = in_state(Validating);
    run(
        &mut integration,
        Command::StartStep {
            step: PipelineStep::Validate,
        },
    );
    let events = run(
        &mut integration,
        Command::CompleteStep {
            step: PipelineStep::Validate,
            duration_ms: 1,
            outcome: StepOutcome::Validated,
            max_rounds: 2,
            start_next: true,
        },
    );
    assert!(
        matches!(
            events.last(),
            Some(Event::StepStarted {
                step: PipelineStep::Generate,
                attempt: 1,
                ..
            })
        ),
        "{events:?}"
    );
    assert_eq!(
        integration.pipeline.status(PipelineStep::Generate),
        StepStatus::Running
    );
    // Nothing starts when what comes next is a person's review.
    let mut reviewing = in_state(Testing);
    reviewing.pipeline.steps.insert(
        PipelineStep::Test,
        StepRecord {
            status: StepStatus::Succeeded,
            attempts: 1,
            tries: 1,
            error: None,
        },
    );
    run(
        &mut reviewing,
        Command::StartStep {
            step: PipelineStep::PullRequest,
        },
    );
    let events = run(
        &mut reviewing,
        Command::CompleteStep {
            step: PipelineStep::PullRequest,
            duration_ms: 1,
            outcome: StepOutcome::PullRequestOpened(open_pull_request()),
            max_rounds: 2,
            start_next: true,
        },
    );
    assert_eq!(reviewing.state, Reviewing);
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::StepStarted { .. })),
        "{events:?}"
    );
}

#[test]
fn a_retry_waits_until_the_undo_in_hand_is_done() {
    let mut integration = cleaning_up_a_pull_request();
    apply_all(&mut integration, undo_fails(false));
    assert_eq!(
        integration.handle(Command::Retry),
        Err(DomainError::CleanupPending {
            step: "pull_request"
        })
    );
    apply_all(
        &mut integration,
        Command::RecordCompensation {
            step: PipelineStep::PullRequest,
            detail: "closed".into(),
        },
    );
    assert_eq!(
        integration.next_action(),
        NextAction::Compensate(PipelineStep::Generate)
    );
    assert!(
        integration.handle(Command::Retry).is_ok(),
        "discarding the code needs no wait"
    );
}

/// A valid command for `action`, so that only the integration's standing can refuse it.
fn command_for(action: Action) -> Command {
    match action {
        Action::Update => Command::Update(IntegrationPatch {
            name: Some("Renamed relay".into()),
            ..IntegrationPatch::default()
        }),
        Action::Approve => Command::Approve { comment: None },
        Action::RequestChanges => Command::RequestChanges {
            comment: "cover the retry path".into(),
        },
        Action::Reject => Command::Reject {
            reason: "not what we need".into(),
        },
        Action::Cancel => Command::Cancel { reason: None },
        Action::Retry => Command::Retry,
        Action::Deprecate => Command::Deprecate,
        Action::Delete => Command::Delete,
        Action::RetryCompensation => Command::RetryCompensation,
        Action::ResolveCompensation => Command::ResolveCompensation {
            note: "done by hand".into(),
        },
    }
}

fn deprecated_with_a_deployment() -> Integration {
    let mut integration = in_state(Deprecated);
    integration.pipeline.deployment = Some(crate::artifacts::Deployment {
        id: "d1".into(),
        location: "l".into(),
        previous: None,
    });
    integration
}

/// Every integration the agreement test looks at, with a name for its messages.
fn every_standing() -> Vec<(String, Integration)> {
    let gave_up = CompensationFailure {
        step: PipelineStep::PullRequest,
        error: "GitHub is down".into(),
        attempts: 3,
    };
    let mut cases = Vec::new();
    for state in IntegrationState::ALL {
        cases.push((state.to_string(), in_state(state)));
        let mut failed_undo = in_state(state);
        failed_undo.pipeline.compensation_failure = Some(gave_up.clone());
        cases.push((format!("{state} with a failed undo"), failed_undo));
    }
    let cleaning_up = cleaning_up_a_pull_request();
    let mut given_up = cleaning_up.clone();
    apply_all(&mut given_up, undo_fails(true));
    cases.push(("FAILED while undoing".into(), cleaning_up));
    cases.push(("FAILED after an undo gave up".into(), given_up));
    let undeploying = deprecated_with_a_deployment();
    let mut undeploy_gave_up = undeploying.clone();
    apply_all(
        &mut undeploy_gave_up,
        Command::RecordCompensationFailure {
            step: PipelineStep::Deploy,
            error: "the host is gone".into(),
            give_up: true,
        },
    );
    cases.push(("DEPRECATED while undeploying".into(), undeploying));
    cases.push((
        "DEPRECATED after undeploying gave up".into(),
        undeploy_gave_up,
    ));
    let mut deleted = in_state(Draft);
    apply_all(&mut deleted, Command::Delete);
    cases.push(("deleted".into(), deleted));
    cases
}

#[test]
fn the_allowed_actions_are_exactly_the_ones_handle_accepts() {
    for (name, integration) in every_standing() {
        let allowed = integration.allowed_actions();
        for action in Action::ALL {
            let outcome = integration.handle(command_for(action));
            if allowed.contains(&action) {
                assert!(
                    outcome.is_ok(),
                    "{name}: {action:?} is listed but refused: {outcome:?}"
                );
            } else {
                assert!(
                    outcome.is_err(),
                    "{name}: {action:?} is not listed but accepted"
                );
            }
        }
    }
}

#[test]
fn a_reviewer_decides_a_reviewing_integration_and_an_administrator_a_failed_undo() {
    assert_eq!(
        in_state(Reviewing).allowed_actions(),
        [
            Action::Approve,
            Action::RequestChanges,
            Action::Reject,
            Action::Cancel
        ]
    );
    assert_eq!(
        in_state(Failed).allowed_actions(),
        [Action::Update, Action::Retry, Action::Delete]
    );
    let mut given_up = cleaning_up_a_pull_request();
    assert_eq!(
        given_up.allowed_actions(),
        [Action::Update],
        "neither a new run nor a deletion before the pull request is closed"
    );
    apply_all(&mut given_up, undo_fails(true));
    assert_eq!(
        given_up.allowed_actions(),
        [
            Action::Update,
            Action::RetryCompensation,
            Action::ResolveCompensation
        ]
    );
    assert_eq!(in_state(Active).allowed_actions(), [Action::Deprecate]);
    assert_eq!(
        deprecated_with_a_deployment().allowed_actions(),
        [],
        "nothing while the deployment is removed"
    );
    assert_eq!(in_state(Deprecated).allowed_actions(), [Action::Delete]);
}
