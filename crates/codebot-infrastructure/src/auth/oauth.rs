//! Sign-in providers: GitHub, and any OpenID Connect provider found by discovery. The
//! `oauth2` crate builds the authorization URL (with a PKCE S256 challenge) and redeems
//! the code; the user is read from the provider's user-info endpoint with the token.

use async_trait::async_trait;
use oauth2::basic::BasicClient;
use oauth2::{
    AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse, TokenUrl,
};
use serde_json::Value;
use tokio::sync::OnceCell;

use codebot_application::identity::ports::{ExternalUser, OAuthProvider};

/// Which provider, and where it is.
#[derive(Debug, Clone)]
pub enum ProviderKind {
    /// GitHub (or GitHub Enterprise): `web` is where users sign in, `api` the REST API.
    Github { web: String, api: String },
    /// An OpenID Connect provider, by its issuer URL.
    Oidc { issuer: String },
}

#[derive(Debug, Clone)]
pub struct ProviderSettings {
    pub id: String,
    pub display_name: String,
    pub kind: ProviderKind,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// This server's callback, exactly as registered with the provider.
    pub redirect_uri: String,
}

#[derive(Debug, Clone)]
struct Endpoints {
    authorize: String,
    token: String,
    userinfo: String,
}

pub struct OAuth2Provider {
    settings: ProviderSettings,
    http: reqwest::Client,
    endpoints: OnceCell<Endpoints>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct HttpError(String);

impl OAuth2Provider {
    pub fn new(settings: ProviderSettings) -> Result<Self, String> {
        RedirectUrl::new(settings.redirect_uri.clone())
            .map_err(|e| format!("bad redirect URI `{}`: {e}", settings.redirect_uri))?;
        let http = reqwest::Client::builder()
            // Never follow a redirect from the token endpoint (it could point anywhere).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Self {
            settings,
            http,
            endpoints: OnceCell::new(),
        })
    }

    /// The provider's endpoints; an OpenID Connect provider's are discovered on first
    /// use (so a provider that is down at start-up does not stop the server).
    async fn endpoints(&self) -> Result<&Endpoints, String> {
        self.endpoints
            .get_or_try_init(|| async {
                match &self.settings.kind {
                    ProviderKind::Github { web, api } => Ok(Endpoints {
                        authorize: format!("{}/login/oauth/authorize", web.trim_end_matches('/')),
                        token: format!("{}/login/oauth/access_token", web.trim_end_matches('/')),
                        userinfo: format!("{}/user", api.trim_end_matches('/')),
                    }),
                    ProviderKind::Oidc { issuer } => self.discover(issuer).await,
                }
            })
            .await
    }

    async fn discover(&self, issuer: &str) -> Result<Endpoints, String> {
        let issuer = issuer.trim_end_matches('/');
        let url = format!("{issuer}/.well-known/openid-configuration");
        let document: Value = self
            .http
            .get(&url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("OpenID discovery at {url} failed: {e}"))?
            .json()
            .await
            .map_err(|e| format!("OpenID discovery at {url} answered no JSON: {e}"))?;
        if document["issuer"].as_str().map(|i| i.trim_end_matches('/')) != Some(issuer) {
            return Err(format!(
                "the discovery document at {url} names another issuer"
            ));
        }
        let field = |name: &str| {
            document[name]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("the discovery document has no `{name}`"))
        };
        Ok(Endpoints {
            authorize: field("authorization_endpoint")?,
            token: field("token_endpoint")?,
            userinfo: field("userinfo_endpoint")?,
        })
    }

    fn client(
        &self,
        endpoints: &Endpoints,
    ) -> Result<
        BasicClient<
            oauth2::EndpointSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointNotSet,
            oauth2::EndpointSet,
        >,
        String,
    > {
        let mut client = BasicClient::new(ClientId::new(self.settings.client_id.clone()))
            .set_auth_uri(AuthUrl::new(endpoints.authorize.clone()).map_err(|e| e.to_string())?)
            .set_token_uri(TokenUrl::new(endpoints.token.clone()).map_err(|e| e.to_string())?)
            .set_redirect_uri(
                RedirectUrl::new(self.settings.redirect_uri.clone()).map_err(|e| e.to_string())?,
            );
        if let Some(secret) = &self.settings.client_secret {
            client = client.set_client_secret(ClientSecret::new(secret.clone()));
        }
        Ok(client)
    }

    async fn send(
        http: reqwest::Client,
        request: oauth2::HttpRequest,
    ) -> Result<oauth2::HttpResponse, HttpError> {
        let request = reqwest::Request::try_from(request).map_err(|e| HttpError(e.to_string()))?;
        let response = http
            .execute(request)
            .await
            .map_err(|e| HttpError(e.to_string()))?;
        let mut builder = oauth2::http::Response::builder().status(response.status());
        for (name, value) in response.headers() {
            builder = builder.header(name, value);
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| HttpError(e.to_string()))?;
        builder
            .body(body.to_vec())
            .map_err(|e| HttpError(e.to_string()))
    }

    /// A GET of the provider's API with the user's token, answered in JSON.
    async fn read_json(&self, url: &str, access_token: &str) -> Result<Value, String> {
        self.http
            .get(url)
            .bearer_auth(access_token)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(reqwest::header::USER_AGENT, "claude-code-bot")
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("cannot read {url}: {e}"))?
            .json()
            .await
            .map_err(|e| format!("{url} answered no JSON: {e}"))
    }

    fn scopes(&self) -> &'static [&'static str] {
        match self.settings.kind {
            ProviderKind::Github { .. } => &["read:user", "user:email"],
            ProviderKind::Oidc { .. } => &["openid", "profile", "email"],
        }
    }

    fn external_user(&self, info: &Value) -> Result<ExternalUser, String> {
        let text = |name: &str| {
            info[name]
                .as_str()
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let (subject, name) = match self.settings.kind {
            ProviderKind::Github { .. } => {
                let id = info["id"].as_i64().ok_or("GitHub's user has no id")?;
                (id.to_string(), text("name").or_else(|| text("login")))
            }
            ProviderKind::Oidc { .. } => (
                text("sub").ok_or("the user info has no `sub`")?,
                text("name").or_else(|| text("preferred_username")),
            ),
        };
        let email = text("email");
        // OpenID Connect says so in a claim (some providers send it as a string);
        // GitHub's verified addresses come from `/user/emails` (see `finish`).
        let email_verified = matches!(self.settings.kind, ProviderKind::Oidc { .. })
            && (info["email_verified"] == true || info["email_verified"] == "true");
        let name = name
            .or_else(|| email.clone())
            .unwrap_or_else(|| subject.clone());
        Ok(ExternalUser {
            provider: self.settings.id.clone(),
            subject,
            name: name.chars().take(200).collect(),
            email,
            email_verified,
        })
    }
}

#[async_trait]
impl OAuthProvider for OAuth2Provider {
    fn id(&self) -> &str {
        &self.settings.id
    }

    fn display_name(&self) -> &str {
        &self.settings.display_name
    }

    async fn begin(&self, state: &str) -> Result<(String, String), String> {
        let endpoints = self.endpoints().await?;
        let client = self.client(endpoints)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let state = state.to_owned();
        let (url, _) = client
            .authorize_url(move || CsrfToken::new(state))
            .add_scopes(self.scopes().iter().map(|s| Scope::new((*s).to_owned())))
            .set_pkce_challenge(challenge)
            .url();
        Ok((url.to_string(), verifier.secret().clone()))
    }

    async fn finish(&self, code: &str, pkce_verifier: &str) -> Result<ExternalUser, String> {
        let endpoints = self.endpoints().await?;
        let client = self.client(endpoints)?;
        let http = self.http.clone();
        let send = move |request| Self::send(http.clone(), request);
        let token = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&send)
            .await
            .map_err(|e| format!("the provider refused the code: {e}"))?;
        let access = token.access_token().secret();
        let info = self.read_json(&endpoints.userinfo, access).await?;
        let mut user = self.external_user(&info)?;
        if let ProviderKind::Github { api, .. } = &self.settings.kind {
            // The primary address, if GitHub has verified it (scope `user:email`).
            let url = format!("{}/user/emails", api.trim_end_matches('/'));
            match self.read_json(&url, access).await {
                Ok(emails) => {
                    let primary = emails.as_array().into_iter().flatten().find(|e| {
                        e["primary"] == true && e["verified"] == true && e["email"].is_string()
                    });
                    if let Some(primary) = primary {
                        user.email = primary["email"].as_str().map(str::to_owned);
                        user.email_verified = true;
                    }
                }
                Err(error) => tracing::info!(%error, "GitHub's e-mail addresses are unreadable"),
            }
        }
        Ok(user)
    }
}
