import { graphql } from '../../gql';

/** The figures a dashboard shows of one slice: the counters and rates behind the three rates. */
export const DashboardFigures = graphql(`
  fragment DashboardFigures on Figures {
    counts {
      dispatched
      replyDue
      repliedOnTime
      replied
      rated
      solved
      satisfied
      supervisionOrders
    }
    rates {
      onTimeReply
      resolution
      satisfaction
    }
    medianReplyHours
    compositeScore
  }
`);

/** Each department (with its subtree) over the period, the period's total, and the trend. */
export const OversightDashboardQuery = graphql(`
  query OversightDashboard($filter: MetricFilterInput!, $scoped: MetricFilterInput!, $interval: TrendInterval!) {
    metricsTotal(filter: $scoped) {
      ...DashboardFigures
    }
    metrics(filter: $filter, groupBy: DEPARTMENT) {
      key
      department {
        id
        nameZh
        nameEn
        parentId
      }
      figures {
        ...DashboardFigures
      }
      overdueOpen
      openSupervisionOrders
    }
    metricTrend(filter: $scoped, interval: $interval) {
      start
      figures {
        ...DashboardFigures
      }
    }
  }
`);

export const DepartmentRankingQuery = graphql(`
  query DepartmentRanking($month: String!) {
    departmentRanking(month: $month) {
      month
      weights {
        response
        resolution
        satisfaction
      }
      rows {
        department {
          id
          nameZh
          nameEn
        }
        rank
        score
        top
        bottom
        figures {
          counts {
            dispatched
            rated
          }
          rates {
            response
            resolution
            satisfaction
          }
        }
      }
    }
  }
`);

export const ProblemTicketsQuery = graphql(`
  query ProblemTickets($openOnly: Boolean!, $first: Int, $after: String) {
    problemTickets(openOnly: $openOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRowFields
      }
    }
  }
`);

export const OverdueTicketsQuery = graphql(`
  query OverdueTickets($first: Int, $after: String) {
    searchTickets(filter: { overdue: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TicketRowFields
      }
    }
  }
`);

export const SupervisionOrderFields = graphql(`
  fragment SupervisionOrderFields on SupervisionOrder {
    id
    ticketId
    ticketReference
    departmentId
    reason
    dueAt
    automatic
    createdAt
    response
    respondedAt
  }
`);

export const SupervisionOrdersQuery = graphql(`
  query SupervisionOrders($departmentId: ID, $openOnly: Boolean!, $first: Int, $after: String) {
    supervisionOrders(departmentId: $departmentId, openOnly: $openOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SupervisionOrderFields
      }
    }
  }
`);

export const RespondToSupervisionMutation = graphql(`
  mutation RespondToSupervision($orderId: ID!, $response: String!) {
    respondToSupervision(orderId: $orderId, response: $response) {
      ...SupervisionOrderFields
    }
  }
`);

/** Finds the ticket a new supervision order is for, with whether it may be supervised now. */
export const TicketToSuperviseQuery = graphql(`
  query TicketToSupervise($reference: String!) {
    ticketByReference(reference: $reference) {
      id
      reference
      title
      version
      availableActions
      department {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const IssueSupervisionMutation = graphql(`
  mutation IssueSupervision($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {
    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      intact
      checked
      firstBadEntryId
      firstBadSeq
      problem
    }
  }
`);

export const IdentityViewsQuery = graphql(`
  query IdentityViews($first: Int, $after: String) {
    identityViews(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ticketId
        ticketReference
        viewerName
        viewerRole
        viewedAt
      }
    }
  }
`);
