import { graphql } from '../../gql';

export const PublicStatsFields = graphql(`
  fragment PublicStatsFields on PublicStats {
    tickets {
      value
      suppressed
    }
    onTimeAcceptRate {
      value
      suppressed
    }
    onTimeReplyRate {
      value
      suppressed
    }
    medianReplyHours {
      value
      suppressed
    }
    resolutionRate {
      value
      suppressed
    }
    satisfactionRate {
      value
      suppressed
    }
  }
`);

/** A month's published figures, per department and per category (no login). */
export const TransparencyQuery = graphql(`
  query Transparency($month: String) {
    publicDepartmentStats(month: $month) {
      month
      minimumCount
      rows {
        department {
          id
          nameZh
          nameEn
        }
        stats {
          ...PublicStatsFields
        }
      }
    }
    publicCategoryStats(month: $month) {
      month
      minimumCount
      rows {
        category {
          id
          nameZh
          nameEn
        }
        stats {
          ...PublicStatsFields
        }
      }
    }
  }
`);

/** The deadlines in force, published to everyone. */
export const PublicSlaQuery = graphql(`
  query PublicSla {
    slaPolicy {
      entries {
        kind
        priority
        dispatchWithin {
          basis
          value
        }
        acceptWithin {
          basis
          value
        }
        replyWithin {
          basis
          value
        }
      }
      returnWithin {
        basis
        value
      }
      maxExtensions
      maxExtension {
        basis
        value
      }
      reopenWindow {
        basis
        value
      }
      ratingWindow {
        basis
        value
      }
    }
  }
`);
