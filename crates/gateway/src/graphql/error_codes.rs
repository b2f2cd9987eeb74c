//! Every error a client sees carries one of the fixed SPEC §11 codes. Errors from our resolvers
//! get theirs from [`ApiError`](crate::error::ApiError); what async-graphql itself reports
//! (syntax, validation, limits, argument coercion) is the client's doing and is tagged
//! `BAD_USER_INPUT` here.

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest};
use async_graphql::{ErrorExtensionValues, Response};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, Default)]
pub struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodes)
    }
}

#[async_graphql::async_trait::async_trait]
impl Extension for ErrorCodes {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        for err in &mut response.errors {
            let ext = err
                .extensions
                .get_or_insert_with(ErrorExtensionValues::default);
            if ext.get("code").is_none() {
                ext.set("code", "BAD_USER_INPUT");
            }
        }
        response
    }
}
