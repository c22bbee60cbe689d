//! DataLoaders: one round trip per field per page, however many integrations it holds.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use uuid::Uuid;

use crate::graphql::errors::to_graphql;
use codebot_application::integrations::projection::StepView;
use codebot_application::integrations::queries::IntegrationQueries;
use codebot_application::ports::{UserDirectory, UserView};

/// A request's loader of pipeline steps, cached for the request.
pub type StepsDataLoader = DataLoader<StepsLoader, HashMapCache>;

/// A request's loader of users, cached for the request.
pub type UsersDataLoader = DataLoader<UsersLoader, HashMapCache>;

pub struct StepsLoader(pub IntegrationQueries);

impl Loader<Uuid> for StepsLoader {
    type Value = Vec<StepView>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Vec<StepView>>, Self::Error> {
        // Every key gets an entry, so that an integration without steps is cached too.
        let mut map: HashMap<Uuid, Vec<StepView>> =
            keys.iter().map(|id| (*id, Vec::new())).collect();
        for (id, step) in self.0.steps(keys).await.map_err(to_graphql)? {
            map.entry(id).or_default().push(step);
        }
        Ok(map)
    }
}

pub struct UsersLoader(pub Arc<dyn UserDirectory>);

impl Loader<String> for UsersLoader {
    type Value = UserView;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, UserView>, Self::Error> {
        let users = self.0.users(keys).await.map_err(|e| to_graphql(e.into()))?;
        Ok(users.into_iter().map(|u| (u.id.clone(), u)).collect())
    }
}
