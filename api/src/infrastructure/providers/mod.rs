//! The pipeline's providers: the offline ones of the embedded default.

pub mod local_deployer;
pub mod local_git;
pub mod sandbox;
pub mod scaffold;
