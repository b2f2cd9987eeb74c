//! Decoding a row by the position of its columns rather than by their names.
//!
//! sea-orm's derived `FromQueryResult` finds each column by name and, for every NULL it meets
//! in an `Option` field, formats the column's name into an error that the `Option` then
//! discards. For a page of fifty 46-column ticket rows that was about a seventh of the server's
//! CPU on a queue page (session 10's profile). [`Positional`] reads the columns of a
//! PostgreSQL row in order instead, after checking that they are the columns it expects, in
//! that order; any other row (SQLite's, or a select of other columns) is decoded by name as
//! before.

use sea_orm::sqlx::postgres::PgRow;
use sea_orm::sqlx::{Column, Row};
use sea_orm::{DbErr, FromQueryResult, QueryResult};

/// A model read by position from a PostgreSQL row whose columns are the model's fields in
/// declaration order (as `Entity::find()` selects them).
pub trait Positional: FromQueryResult + Sized {
    /// The column names, in the order the fields are declared.
    const COLUMNS: &'static [&'static str];

    /// Decodes `row`, whose leading columns are [`Self::COLUMNS`] in order.
    fn from_pg_row(row: &PgRow) -> Result<Self, sea_orm::sqlx::Error>;

    /// Whether `row` starts with exactly [`Self::COLUMNS`].
    fn fits(row: &PgRow) -> bool {
        let columns = row.columns();
        columns.len() >= Self::COLUMNS.len()
            && Self::COLUMNS
                .iter()
                .zip(columns)
                .all(|(name, column)| column.name() == *name)
    }
}

/// A row decoded by position where it can be, and by name otherwise: use it with
/// `Select::into_model::<ByPosition<Model>>()` or `SelectorRaw::into_model`.
#[derive(Debug, Clone)]
pub struct ByPosition<M>(pub M);

impl<M: Positional> FromQueryResult for ByPosition<M> {
    fn from_query_result(res: &QueryResult, pre: &str) -> Result<Self, DbErr> {
        match res.try_as_pg_row() {
            Some(row) if pre.is_empty() && M::fits(row) => M::from_pg_row(row)
                .map(ByPosition)
                .map_err(|e| DbErr::Type(format!("decoding a row by position: {e}"))),
            _ => M::from_query_result(res, pre).map(ByPosition),
        }
    }
}

/// Implements [`Positional`] for a model from its fields, listed in declaration order; a field
/// left out or unknown fails to compile, and one out of order is refused at run time by
/// [`Positional::fits`] (and caught by the store's tests, which compare both decodings).
macro_rules! positional {
    ($model:path { $($field:ident),+ $(,)? }) => {
        impl $crate::entity::positional::Positional for $model {
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];

            #[allow(unused_assignments)]
            fn from_pg_row(
                row: &sea_orm::sqlx::postgres::PgRow,
            ) -> Result<Self, sea_orm::sqlx::Error> {
                use sea_orm::sqlx::Row as _;
                let mut at = 0usize;
                Ok(Self {
                    $($field: {
                        let value = row.try_get(at)?;
                        at += 1;
                        value
                    }),+
                })
            }
        }
    };
}
pub(crate) use positional;

#[cfg(test)]
mod tests {
    use super::Positional;
    use crate::entity::{ticket, ticket_event};
    use sea_orm::{IdenStatic, Iterable};

    /// `Entity::find()` selects the columns in this order, so these rows are read by position
    /// (a list out of order would silently fall back to reading by name).
    #[test]
    fn the_positions_are_the_columns_find_selects() {
        let selected: Vec<&str> = ticket::Column::iter().map(|c| c.as_str()).collect();
        assert_eq!(ticket::Model::COLUMNS, selected.as_slice());
        let selected: Vec<&str> = ticket_event::Column::iter().map(|c| c.as_str()).collect();
        assert_eq!(ticket_event::Model::COLUMNS, selected.as_slice());
    }
}
