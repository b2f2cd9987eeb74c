//! Every error a client sees carries one of the fixed SPEC §11 codes. Errors from our resolvers
//! get theirs from [`ApiError`](crate::error::ApiError); what async-graphql itself reports
//! (syntax, validation, limits, argument coercion) is the client's doing and is tagged
//! `BAD_USER_INPUT` here.

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextRequest, NextSubscribe,
};
use async_graphql::{ErrorExtensionValues, Response};
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
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
        with_codes(next.run(ctx).await)
    }

    /// Subscriptions (over graphql-ws) do not pass through `request`: each item of the stream,
    /// errors included, gets its codes here.
    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        next.run(ctx, stream).map(with_codes).boxed()
    }
}

/// Tags every error that has no code yet as the client's doing.
pub fn with_codes(mut response: Response) -> Response {
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
