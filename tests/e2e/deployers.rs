//! The `webhook` and `command` deployers: a signed, idempotent POST per action, and a
//! command given the installed release, with its failures and its time limit.

use std::time::Duration;

use api::application::identity::secrets::signature;
use api::application::pipeline::ports::{DeployRequest, Deployer, ProviderError};
use api::config::Secret;
use api::domain::artifacts::GeneratedFile;
use api::infrastructure::providers::deployers::{
    CommandDeployer, SIGNATURE_HEADER, WebhookDeployer,
};
use api::infrastructure::providers::local_deployer::LocalDeployer;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn request(deployment: &str) -> DeployRequest {
    DeployRequest {
        integration_id: uuid::Uuid::new_v4(),
        deployment_id: deployment.into(),
        files: vec![GeneratedFile {
            path: "poller.py".into(),
            content: "print(1)\n".into(),
        }],
    }
}

#[tokio::test]
async fn the_webhook_deployer_signs_each_call_and_keys_it_for_idempotency() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/deploy"))
        .and(header("idempotency-key", "d-1"))
        .and(body_partial_json(
            json!({ "action": "deploy", "deploymentId": "d-1" }),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({ "location": "https://run.example/orders", "previous": "d-0" }),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/deploy"))
        .and(header("idempotency-key", "rollback:d-1"))
        .and(body_partial_json(json!({ "action": "rollback" })))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let deployer = WebhookDeployer::new(
        format!("{}/deploy", server.uri()),
        Secret::new("deploy-secret".into()),
    )
    .expect("a client");
    let request = request("d-1");
    let deployment = deployer
        .deploy(&request, &CancellationToken::new())
        .await
        .expect("deployed");
    assert_eq!(deployment.location, "https://run.example/orders");
    assert_eq!(deployment.previous.as_deref(), Some("d-0"));
    deployer
        .rollback(request.integration_id, "d-1")
        .await
        .expect("rolled back");
    for sent in server.received_requests().await.expect("recorded") {
        let claimed = sent
            .headers
            .get(SIGNATURE_HEADER)
            .expect("signed")
            .to_str()
            .expect("ascii")
            .to_owned();
        assert_eq!(
            claimed,
            signature(b"deploy-secret", &sent.body),
            "the signature covers the body"
        );
        let body: Value = serde_json::from_slice(&sent.body).expect("json");
        assert_eq!(body["integrationId"], request.integration_id.to_string());
    }
    // A receiver that is down is worth retrying; one that refuses is not.
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let error = deployer
        .deploy(&request, &CancellationToken::new())
        .await
        .expect_err("down");
    assert!(matches!(error, ProviderError::Retryable(_)), "{error}");
    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400))
        .mount(&server)
        .await;
    let error = deployer
        .deploy(&request, &CancellationToken::new())
        .await
        .expect_err("refused");
    assert!(matches!(error, ProviderError::Permanent(_)), "{error}");
}

#[tokio::test]
async fn the_command_deployer_runs_after_installing_and_undoes_a_failed_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("log");
    let command = format!(
        "test -z \"$CODEBOT_ARTIFACT_DIR\" || test -f \"$CODEBOT_ARTIFACT_DIR/poller.py\" || exit 9; echo \"$CODEBOT_DEPLOY_ACTION $CODEBOT_DEPLOYMENT_ID\" >> {}",
        log.display()
    );
    let deployer = CommandDeployer::new(
        LocalDeployer::new(dir.path().join("deployments")),
        command,
        Duration::from_secs(10),
    );
    let request = request("d-1");
    let deployment = deployer
        .deploy(&request, &CancellationToken::new())
        .await
        .expect("deployed");
    assert!(
        deployment.location.contains("d-1"),
        "{}",
        deployment.location
    );
    deployer
        .rollback(request.integration_id, "d-1")
        .await
        .expect("rolled back");
    let lines = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        lines.lines().collect::<Vec<_>>(),
        ["deploy d-1", "rollback d-1"]
    );

    let failing = CommandDeployer::new(
        LocalDeployer::new(dir.path().join("deployments")),
        "echo 'no capacity left' >&2; exit 3".into(),
        Duration::from_secs(10),
    );
    let error = failing
        .deploy(&request, &CancellationToken::new())
        .await
        .expect_err("fails");
    assert!(error.to_string().contains("no capacity left"), "{error}");

    let slow = CommandDeployer::new(
        LocalDeployer::new(dir.path().join("deployments")),
        "sleep 10".into(),
        Duration::from_millis(500),
    );
    let started = std::time::Instant::now();
    let error = slow
        .deploy(&request, &CancellationToken::new())
        .await
        .expect_err("too slow");
    assert!(error.to_string().contains("limit"), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5));
}
