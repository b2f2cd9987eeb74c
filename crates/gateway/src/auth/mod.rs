//! Authentication: password hashing, access tokens, the request's viewer, and the sign-in
//! flows built on the store's account functions.

pub mod jwt;
pub mod password;
pub mod service;
pub mod viewer;

pub use service::{AuthService, Session};
pub use viewer::{Identity, Viewer, ViewerExt};
