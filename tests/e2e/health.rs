use codebot_tests::{Backend, TestApp, both_databases};

both_databases!(
    readiness_follows_the_database,
    |backend: Backend| async move {
        let app = TestApp::spawn(backend).await;
        let live = app
            .client
            .get(app.url("/healthz"))
            .send()
            .await
            .expect("healthz");
        assert_eq!(live.status(), 200);
        let ready = app
            .client
            .get(app.url("/readyz"))
            .send()
            .await
            .expect("readyz");
        assert_eq!(ready.status(), 200);
        assert!(ready.headers().contains_key("x-request-id"));
        app.stop().await;
    }
);

both_databases!(
    system_status_reports_the_backend_through_every_layer,
    |backend: Backend| async move {
        let app = TestApp::spawn(backend).await;
        let data = app
            .graphql_ok(
                "{ systemStatus { version database { backend ok } } }",
                serde_json::Value::Null,
            )
            .await;
        let expected = match backend {
            Backend::Sqlite => "SQLITE",
            Backend::Postgres => "POSTGRES",
        };
        assert_eq!(data["systemStatus"]["database"]["backend"], expected);
        assert_eq!(data["systemStatus"]["database"]["ok"], true);
        assert_eq!(data["systemStatus"]["version"], env!("CARGO_PKG_VERSION"));
        app.stop().await;
    }
);

#[tokio::test]
async fn readiness_is_503_once_the_database_is_gone() {
    let app = TestApp::spawn(Backend::Postgres).await;
    let name = app.db.url.rsplit('/').next().expect("db name").to_owned();
    let admin = sea_orm::Database::connect(&codebot_tests::postgres_admin_url())
        .await
        .expect("admin connection");
    use sea_orm::ConnectionTrait;
    admin
        .execute_unprepared(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"))
        .await
        .expect("drop the database under the server");
    let ready = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("readyz");
    assert_eq!(ready.status(), 503);
    let live = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(live.status(), 200);
}
