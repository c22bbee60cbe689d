//! The pipeline's providers: the offline ones of the embedded default, and the
//! language models.

pub mod deployers;
pub mod github;
pub mod llm;
pub mod local_deployer;
pub mod local_git;
pub mod sandbox;
pub mod scaffold;
pub mod webhook_sender;
