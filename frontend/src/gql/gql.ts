/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminDepartments {\n    allDepartments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n    calendars {\n      id\n      name\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation SaveDepartment($id: ID, $input: DepartmentAdminInput!) {\n    saveDepartment(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n": typeof types.SaveDepartmentDocument,
    "\n  query AdminCategories {\n    allCategories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n    routingRules {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation SaveCategory($id: ID, $input: CategoryAdminInput!) {\n    saveCategory(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n": typeof types.SaveCategoryDocument,
    "\n  mutation SetRoute($categoryId: ID!, $district: String!, $departmentId: ID!) {\n    setRoute(categoryId: $categoryId, district: $district, departmentId: $departmentId) {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n": typeof types.SetRouteDocument,
    "\n  mutation RemoveRoute($id: ID!) {\n    removeRoute(id: $id)\n  }\n": typeof types.RemoveRouteDocument,
    "\n  query AdminUsers($role: String, $departmentId: ID, $after: ID, $first: Int!) {\n    users(role: $role, departmentId: $departmentId, after: $after, first: $first) {\n      id\n      email\n      displayName\n      role\n      departmentId\n      isDepartmentHead\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation UpdateUser($id: ID!, $role: String!, $departmentId: ID, $isDepartmentHead: Boolean!, $active: Boolean!) {\n    updateUser(id: $id, role: $role, departmentId: $departmentId, isDepartmentHead: $isDepartmentHead, active: $active)\n  }\n": typeof types.UpdateUserDocument,
    "\n  query Calendars {\n    calendars {\n      id\n      name\n      timeZone\n      weekly {\n        start\n        end\n      }\n      days {\n        day\n        kind\n        name\n      }\n    }\n  }\n": typeof types.CalendarsDocument,
    "\n  mutation SetCalendarDay($calendarId: ID!, $day: String!, $kind: String, $name: String!) {\n    setCalendarDay(calendarId: $calendarId, day: $day, kind: $kind, name: $name)\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation SetWorkingWeek($calendarId: ID!, $timeZone: String!, $weekly: [[WorkingPeriodInput!]!]!) {\n    setWorkingWeek(calendarId: $calendarId, timeZone: $timeZone, weekly: $weekly)\n  }\n": typeof types.SetWorkingWeekDocument,
    "\n  query SlaPolicy {\n    slaPolicy {\n      entries {\n        kind\n        priority\n        dispatchWithin {\n          basis\n          value\n        }\n        acceptWithin {\n          basis\n          value\n        }\n        replyWithin {\n          basis\n          value\n        }\n      }\n      returnWithin {\n        basis\n        value\n      }\n      maxExtensions\n      maxExtension {\n        basis\n        value\n      }\n      reopenWindow {\n        basis\n        value\n      }\n      ratingWindow {\n        basis\n        value\n      }\n      autoRedoOnDissatisfied\n    }\n    escalationSettings {\n      yellowBefore {\n        basis\n        value\n      }\n      yellowFraction\n      acceptSecondPeriod {\n        basis\n        value\n      }\n      supervisionAfterRed {\n        basis\n        value\n      }\n      problemRedos\n      problemDepartments\n      enabled\n    }\n  }\n": typeof types.SlaPolicyDocument,
    "\n  mutation UpdateSlaPolicy($input: SlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      maxExtensions\n    }\n  }\n": typeof types.UpdateSlaPolicyDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    departmentId\n    isDepartmentHead\n    locale\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    refreshExpiresAt\n    user {\n      ...UserFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Departments {\n    departments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ticket {\n        id\n        reference\n        title\n        state\n      }\n      trackingCode\n      replayed\n    }\n  }\n": typeof types.FileTicketDocument,
    "\n  query Inbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        dispatchDue\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query DepartmentQueue($filter: TicketFilterInput, $first: Int, $after: String) {\n    departmentQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n": typeof types.DepartmentQueueDocument,
    "\n  query SearchTickets($filter: TicketFilterInput, $first: Int, $after: String) {\n    searchTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        redoCount\n        departmentCount\n      }\n    }\n  }\n": typeof types.SearchTicketsDocument,
    "\n  mutation DispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    dispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.DispatchTicketDocument,
    "\n  mutation AcceptTicket($id: ID!, $expectedVersion: Int) {\n    acceptTicket(id: $id, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.AcceptTicketDocument,
    "\n  mutation ReturnTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    returnTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ReturnTicketDocument,
    "\n  mutation RedispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    redispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.RedispatchTicketDocument,
    "\n  mutation UpholdDispatch($id: ID!, $note: String, $expectedVersion: Int) {\n    upholdDispatch(id: $id, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.UpholdDispatchDocument,
    "\n  mutation AskResident($id: ID!, $question: String!, $expectedVersion: Int) {\n    askResident(id: $id, question: $question, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.AskResidentDocument,
    "\n  mutation AnswerQuestion($id: ID!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(id: $id, answer: $answer, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  mutation RequestExtension($id: ID!, $reason: String!, $requestedDue: DateTime!, $expectedVersion: Int) {\n    requestExtension(id: $id, reason: $reason, requestedDue: $requestedDue, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $requestId: ID!, $approve: Boolean!, $note: String, $expectedVersion: Int) {\n    decideExtension(id: $id, requestId: $requestId, approve: $approve, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.DecideExtensionDocument,
    "\n  mutation ReplyTicket($id: ID!, $body: String!, $expectedVersion: Int) {\n    replyTicket(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ReplyTicketDocument,
    "\n  mutation RateTicket($id: ID!, $solved: Boolean!, $satisfaction: Satisfaction!, $comment: String, $expectedVersion: Int) {\n    rateTicket(id: $id, solved: $solved, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.RateTicketDocument,
    "\n  mutation ReopenTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  mutation MergeTicket($id: ID!, $parentId: ID!, $expectedVersion: Int) {\n    mergeTicket(id: $id, parentId: $parentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.MergeTicketDocument,
    "\n  mutation RefuseTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    refuseTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.RefuseTicketDocument,
    "\n  mutation WithdrawTicket($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.WithdrawTicketDocument,
    "\n  mutation SuperviseTicket($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {\n    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.SuperviseTicketDocument,
    "\n  mutation AddInternalNote($id: ID!, $body: String!, $expectedVersion: Int) {\n    addInternalNote(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.AddInternalNoteDocument,
    "\n  fragment TicketRowFields on Ticket {\n    id\n    reference\n    title\n    kind\n    priority\n    state\n    channel\n    district\n    filedAt\n    replyDue\n    overdue\n    paused\n    problem\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.TicketRowFieldsFragmentDoc,
    "\n  fragment TicketDetailFields on Ticket {\n    id\n    reference\n    kind\n    priority\n    channel\n    state\n    title\n    description\n    address\n    district\n    latitude\n    longitude\n    occurredAt\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n    contact {\n      name\n      email\n      phone\n      masked\n    }\n    confidential\n    anonymous\n    filedAt\n    dispatchedAt\n    acceptedAt\n    repliedAt\n    closedAt\n    dispatchDue\n    acceptDue\n    replyDue\n    paused\n    overdue\n    extensionCount\n    redoCount\n    returnCount\n    departmentCount\n    problem\n    mergedIntoId\n    version\n    availableActions\n    timeline {\n      event {\n        id\n        kind\n        occurredAt\n        actorRole\n        details\n        seq\n      }\n      messageKind\n      message\n    }\n    extensionRequests {\n      id\n      reason\n      requestedDue\n      decision\n      decisionNote\n      createdAt\n    }\n  }\n": typeof types.TicketDetailFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.TicketDocument,
    "\n  query TicketIdByReference($reference: String!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      title\n    }\n  }\n": typeof types.TicketIdByReferenceDocument,
    "\n  mutation RevealIdentity($id: ID!) {\n    revealIdentity(id: $id) {\n      name\n      email\n      phone\n      masked\n    }\n  }\n": typeof types.RevealIdentityDocument,
    "\n  query TrackTicket($reference: String!, $trackingCode: String!) {\n    trackTicket(reference: $reference, trackingCode: $trackingCode) {\n      reference\n      state\n      kind\n      title\n      filedAt\n      replyDue\n      repliedAt\n      closedAt\n      timeline {\n        event {\n          id\n          kind\n          occurredAt\n          actorRole\n          details\n          seq\n        }\n        messageKind\n        message\n      }\n    }\n  }\n": typeof types.TrackTicketDocument,
};
const documents: Documents = {
    "\n  query AdminDepartments {\n    allDepartments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n    calendars {\n      id\n      name\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation SaveDepartment($id: ID, $input: DepartmentAdminInput!) {\n    saveDepartment(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n": types.SaveDepartmentDocument,
    "\n  query AdminCategories {\n    allCategories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n    routingRules {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation SaveCategory($id: ID, $input: CategoryAdminInput!) {\n    saveCategory(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n": types.SaveCategoryDocument,
    "\n  mutation SetRoute($categoryId: ID!, $district: String!, $departmentId: ID!) {\n    setRoute(categoryId: $categoryId, district: $district, departmentId: $departmentId) {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n": types.SetRouteDocument,
    "\n  mutation RemoveRoute($id: ID!) {\n    removeRoute(id: $id)\n  }\n": types.RemoveRouteDocument,
    "\n  query AdminUsers($role: String, $departmentId: ID, $after: ID, $first: Int!) {\n    users(role: $role, departmentId: $departmentId, after: $after, first: $first) {\n      id\n      email\n      displayName\n      role\n      departmentId\n      isDepartmentHead\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation UpdateUser($id: ID!, $role: String!, $departmentId: ID, $isDepartmentHead: Boolean!, $active: Boolean!) {\n    updateUser(id: $id, role: $role, departmentId: $departmentId, isDepartmentHead: $isDepartmentHead, active: $active)\n  }\n": types.UpdateUserDocument,
    "\n  query Calendars {\n    calendars {\n      id\n      name\n      timeZone\n      weekly {\n        start\n        end\n      }\n      days {\n        day\n        kind\n        name\n      }\n    }\n  }\n": types.CalendarsDocument,
    "\n  mutation SetCalendarDay($calendarId: ID!, $day: String!, $kind: String, $name: String!) {\n    setCalendarDay(calendarId: $calendarId, day: $day, kind: $kind, name: $name)\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation SetWorkingWeek($calendarId: ID!, $timeZone: String!, $weekly: [[WorkingPeriodInput!]!]!) {\n    setWorkingWeek(calendarId: $calendarId, timeZone: $timeZone, weekly: $weekly)\n  }\n": types.SetWorkingWeekDocument,
    "\n  query SlaPolicy {\n    slaPolicy {\n      entries {\n        kind\n        priority\n        dispatchWithin {\n          basis\n          value\n        }\n        acceptWithin {\n          basis\n          value\n        }\n        replyWithin {\n          basis\n          value\n        }\n      }\n      returnWithin {\n        basis\n        value\n      }\n      maxExtensions\n      maxExtension {\n        basis\n        value\n      }\n      reopenWindow {\n        basis\n        value\n      }\n      ratingWindow {\n        basis\n        value\n      }\n      autoRedoOnDissatisfied\n    }\n    escalationSettings {\n      yellowBefore {\n        basis\n        value\n      }\n      yellowFraction\n      acceptSecondPeriod {\n        basis\n        value\n      }\n      supervisionAfterRed {\n        basis\n        value\n      }\n      problemRedos\n      problemDepartments\n      enabled\n    }\n  }\n": types.SlaPolicyDocument,
    "\n  mutation UpdateSlaPolicy($input: SlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      maxExtensions\n    }\n  }\n": types.UpdateSlaPolicyDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    departmentId\n    isDepartmentHead\n    locale\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    refreshExpiresAt\n    user {\n      ...UserFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Departments {\n    departments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ticket {\n        id\n        reference\n        title\n        state\n      }\n      trackingCode\n      replayed\n    }\n  }\n": types.FileTicketDocument,
    "\n  query Inbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        dispatchDue\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query DepartmentQueue($filter: TicketFilterInput, $first: Int, $after: String) {\n    departmentQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n": types.DepartmentQueueDocument,
    "\n  query SearchTickets($filter: TicketFilterInput, $first: Int, $after: String) {\n    searchTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        redoCount\n        departmentCount\n      }\n    }\n  }\n": types.SearchTicketsDocument,
    "\n  mutation DispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    dispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.DispatchTicketDocument,
    "\n  mutation AcceptTicket($id: ID!, $expectedVersion: Int) {\n    acceptTicket(id: $id, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.AcceptTicketDocument,
    "\n  mutation ReturnTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    returnTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.ReturnTicketDocument,
    "\n  mutation RedispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    redispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.RedispatchTicketDocument,
    "\n  mutation UpholdDispatch($id: ID!, $note: String, $expectedVersion: Int) {\n    upholdDispatch(id: $id, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.UpholdDispatchDocument,
    "\n  mutation AskResident($id: ID!, $question: String!, $expectedVersion: Int) {\n    askResident(id: $id, question: $question, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.AskResidentDocument,
    "\n  mutation AnswerQuestion($id: ID!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(id: $id, answer: $answer, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  mutation RequestExtension($id: ID!, $reason: String!, $requestedDue: DateTime!, $expectedVersion: Int) {\n    requestExtension(id: $id, reason: $reason, requestedDue: $requestedDue, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.RequestExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $requestId: ID!, $approve: Boolean!, $note: String, $expectedVersion: Int) {\n    decideExtension(id: $id, requestId: $requestId, approve: $approve, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.DecideExtensionDocument,
    "\n  mutation ReplyTicket($id: ID!, $body: String!, $expectedVersion: Int) {\n    replyTicket(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.ReplyTicketDocument,
    "\n  mutation RateTicket($id: ID!, $solved: Boolean!, $satisfaction: Satisfaction!, $comment: String, $expectedVersion: Int) {\n    rateTicket(id: $id, solved: $solved, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.RateTicketDocument,
    "\n  mutation ReopenTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  mutation MergeTicket($id: ID!, $parentId: ID!, $expectedVersion: Int) {\n    mergeTicket(id: $id, parentId: $parentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.MergeTicketDocument,
    "\n  mutation RefuseTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    refuseTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.RefuseTicketDocument,
    "\n  mutation WithdrawTicket($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.WithdrawTicketDocument,
    "\n  mutation SuperviseTicket($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {\n    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.SuperviseTicketDocument,
    "\n  mutation AddInternalNote($id: ID!, $body: String!, $expectedVersion: Int) {\n    addInternalNote(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n": types.AddInternalNoteDocument,
    "\n  fragment TicketRowFields on Ticket {\n    id\n    reference\n    title\n    kind\n    priority\n    state\n    channel\n    district\n    filedAt\n    replyDue\n    overdue\n    paused\n    problem\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n  }\n": types.TicketRowFieldsFragmentDoc,
    "\n  fragment TicketDetailFields on Ticket {\n    id\n    reference\n    kind\n    priority\n    channel\n    state\n    title\n    description\n    address\n    district\n    latitude\n    longitude\n    occurredAt\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n    contact {\n      name\n      email\n      phone\n      masked\n    }\n    confidential\n    anonymous\n    filedAt\n    dispatchedAt\n    acceptedAt\n    repliedAt\n    closedAt\n    dispatchDue\n    acceptDue\n    replyDue\n    paused\n    overdue\n    extensionCount\n    redoCount\n    returnCount\n    departmentCount\n    problem\n    mergedIntoId\n    version\n    availableActions\n    timeline {\n      event {\n        id\n        kind\n        occurredAt\n        actorRole\n        details\n        seq\n      }\n      messageKind\n      message\n    }\n    extensionRequests {\n      id\n      reason\n      requestedDue\n      decision\n      decisionNote\n      createdAt\n    }\n  }\n": types.TicketDetailFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": types.TicketDocument,
    "\n  query TicketIdByReference($reference: String!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      title\n    }\n  }\n": types.TicketIdByReferenceDocument,
    "\n  mutation RevealIdentity($id: ID!) {\n    revealIdentity(id: $id) {\n      name\n      email\n      phone\n      masked\n    }\n  }\n": types.RevealIdentityDocument,
    "\n  query TrackTicket($reference: String!, $trackingCode: String!) {\n    trackTicket(reference: $reference, trackingCode: $trackingCode) {\n      reference\n      state\n      kind\n      title\n      filedAt\n      replyDue\n      repliedAt\n      closedAt\n      timeline {\n        event {\n          id\n          kind\n          occurredAt\n          actorRole\n          details\n          seq\n        }\n        messageKind\n        message\n      }\n    }\n  }\n": types.TrackTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments {\n    allDepartments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n    calendars {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminDepartments {\n    allDepartments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n    calendars {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDepartment($id: ID, $input: DepartmentAdminInput!) {\n    saveDepartment(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDepartment($id: ID, $input: DepartmentAdminInput!) {\n    saveDepartment(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    allCategories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n    routingRules {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n"): (typeof documents)["\n  query AdminCategories {\n    allCategories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n    routingRules {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCategory($id: ID, $input: CategoryAdminInput!) {\n    saveCategory(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCategory($id: ID, $input: CategoryAdminInput!) {\n    saveCategory(id: $id, input: $input) {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoute($categoryId: ID!, $district: String!, $departmentId: ID!) {\n    setRoute(categoryId: $categoryId, district: $district, departmentId: $departmentId) {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoute($categoryId: ID!, $district: String!, $departmentId: ID!) {\n    setRoute(categoryId: $categoryId, district: $district, departmentId: $departmentId) {\n      id\n      categoryId\n      district\n      departmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRoute($id: ID!) {\n    removeRoute(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveRoute($id: ID!) {\n    removeRoute(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($role: String, $departmentId: ID, $after: ID, $first: Int!) {\n    users(role: $role, departmentId: $departmentId, after: $after, first: $first) {\n      id\n      email\n      displayName\n      role\n      departmentId\n      isDepartmentHead\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($role: String, $departmentId: ID, $after: ID, $first: Int!) {\n    users(role: $role, departmentId: $departmentId, after: $after, first: $first) {\n      id\n      email\n      displayName\n      role\n      departmentId\n      isDepartmentHead\n      active\n    }\n    allDepartments {\n      id\n      nameZh\n      nameEn\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $role: String!, $departmentId: ID, $isDepartmentHead: Boolean!, $active: Boolean!) {\n    updateUser(id: $id, role: $role, departmentId: $departmentId, isDepartmentHead: $isDepartmentHead, active: $active)\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $role: String!, $departmentId: ID, $isDepartmentHead: Boolean!, $active: Boolean!) {\n    updateUser(id: $id, role: $role, departmentId: $departmentId, isDepartmentHead: $isDepartmentHead, active: $active)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calendars {\n    calendars {\n      id\n      name\n      timeZone\n      weekly {\n        start\n        end\n      }\n      days {\n        day\n        kind\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Calendars {\n    calendars {\n      id\n      name\n      timeZone\n      weekly {\n        start\n        end\n      }\n      days {\n        day\n        kind\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($calendarId: ID!, $day: String!, $kind: String, $name: String!) {\n    setCalendarDay(calendarId: $calendarId, day: $day, kind: $kind, name: $name)\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($calendarId: ID!, $day: String!, $kind: String, $name: String!) {\n    setCalendarDay(calendarId: $calendarId, day: $day, kind: $kind, name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingWeek($calendarId: ID!, $timeZone: String!, $weekly: [[WorkingPeriodInput!]!]!) {\n    setWorkingWeek(calendarId: $calendarId, timeZone: $timeZone, weekly: $weekly)\n  }\n"): (typeof documents)["\n  mutation SetWorkingWeek($calendarId: ID!, $timeZone: String!, $weekly: [[WorkingPeriodInput!]!]!) {\n    setWorkingWeek(calendarId: $calendarId, timeZone: $timeZone, weekly: $weekly)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicy {\n    slaPolicy {\n      entries {\n        kind\n        priority\n        dispatchWithin {\n          basis\n          value\n        }\n        acceptWithin {\n          basis\n          value\n        }\n        replyWithin {\n          basis\n          value\n        }\n      }\n      returnWithin {\n        basis\n        value\n      }\n      maxExtensions\n      maxExtension {\n        basis\n        value\n      }\n      reopenWindow {\n        basis\n        value\n      }\n      ratingWindow {\n        basis\n        value\n      }\n      autoRedoOnDissatisfied\n    }\n    escalationSettings {\n      yellowBefore {\n        basis\n        value\n      }\n      yellowFraction\n      acceptSecondPeriod {\n        basis\n        value\n      }\n      supervisionAfterRed {\n        basis\n        value\n      }\n      problemRedos\n      problemDepartments\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query SlaPolicy {\n    slaPolicy {\n      entries {\n        kind\n        priority\n        dispatchWithin {\n          basis\n          value\n        }\n        acceptWithin {\n          basis\n          value\n        }\n        replyWithin {\n          basis\n          value\n        }\n      }\n      returnWithin {\n        basis\n        value\n      }\n      maxExtensions\n      maxExtension {\n        basis\n        value\n      }\n      reopenWindow {\n        basis\n        value\n      }\n      ratingWindow {\n        basis\n        value\n      }\n      autoRedoOnDissatisfied\n    }\n    escalationSettings {\n      yellowBefore {\n        basis\n        value\n      }\n      yellowFraction\n      acceptSecondPeriod {\n        basis\n        value\n      }\n      supervisionAfterRed {\n        basis\n        value\n      }\n      problemRedos\n      problemDepartments\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlaPolicy($input: SlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      maxExtensions\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSlaPolicy($input: SlaPolicyInput!) {\n    updateSlaPolicy(input: $input) {\n      maxExtensions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    departmentId\n    isDepartmentHead\n    locale\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    displayName\n    role\n    departmentId\n    isDepartmentHead\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    refreshExpiresAt\n    user {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    expiresAt\n    refreshExpiresAt\n    user {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($refreshToken: String!) {\n    refresh(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      code\n      nameZh\n      nameEn\n      description\n      groupName\n      defaultKind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      id\n      code\n      nameZh\n      nameEn\n      parentId\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ticket {\n        id\n        reference\n        title\n        state\n      }\n      trackingCode\n      replayed\n    }\n  }\n"): (typeof documents)["\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ticket {\n        id\n        reference\n        title\n        state\n      }\n      trackingCode\n      replayed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        dispatchDue\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int, $after: String) {\n    inbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        dispatchDue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentQueue($filter: TicketFilterInput, $first: Int, $after: String) {\n    departmentQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentQueue($filter: TicketFilterInput, $first: Int, $after: String) {\n    departmentQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTickets($filter: TicketFilterInput, $first: Int, $after: String) {\n    searchTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        redoCount\n        departmentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTickets($filter: TicketFilterInput, $first: Int, $after: String) {\n    searchTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TicketRowFields\n        redoCount\n        departmentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    dispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    dispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTicket($id: ID!, $expectedVersion: Int) {\n    acceptTicket(id: $id, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTicket($id: ID!, $expectedVersion: Int) {\n    acceptTicket(id: $id, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    returnTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    returnTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    redispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedispatchTicket($id: ID!, $departmentId: ID!, $expectedVersion: Int) {\n    redispatchTicket(id: $id, departmentId: $departmentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpholdDispatch($id: ID!, $note: String, $expectedVersion: Int) {\n    upholdDispatch(id: $id, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpholdDispatch($id: ID!, $note: String, $expectedVersion: Int) {\n    upholdDispatch(id: $id, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskResident($id: ID!, $question: String!, $expectedVersion: Int) {\n    askResident(id: $id, question: $question, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskResident($id: ID!, $question: String!, $expectedVersion: Int) {\n    askResident(id: $id, question: $question, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($id: ID!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(id: $id, answer: $answer, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($id: ID!, $answer: String!, $expectedVersion: Int) {\n    answerQuestion(id: $id, answer: $answer, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($id: ID!, $reason: String!, $requestedDue: DateTime!, $expectedVersion: Int) {\n    requestExtension(id: $id, reason: $reason, requestedDue: $requestedDue, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExtension($id: ID!, $reason: String!, $requestedDue: DateTime!, $expectedVersion: Int) {\n    requestExtension(id: $id, reason: $reason, requestedDue: $requestedDue, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($id: ID!, $requestId: ID!, $approve: Boolean!, $note: String, $expectedVersion: Int) {\n    decideExtension(id: $id, requestId: $requestId, approve: $approve, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideExtension($id: ID!, $requestId: ID!, $approve: Boolean!, $note: String, $expectedVersion: Int) {\n    decideExtension(id: $id, requestId: $requestId, approve: $approve, note: $note, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyTicket($id: ID!, $body: String!, $expectedVersion: Int) {\n    replyTicket(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyTicket($id: ID!, $body: String!, $expectedVersion: Int) {\n    replyTicket(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTicket($id: ID!, $solved: Boolean!, $satisfaction: Satisfaction!, $comment: String, $expectedVersion: Int) {\n    rateTicket(id: $id, solved: $solved, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateTicket($id: ID!, $solved: Boolean!, $satisfaction: Satisfaction!, $comment: String, $expectedVersion: Int) {\n    rateTicket(id: $id, solved: $solved, satisfaction: $satisfaction, comment: $comment, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTicket($id: ID!, $parentId: ID!, $expectedVersion: Int) {\n    mergeTicket(id: $id, parentId: $parentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTicket($id: ID!, $parentId: ID!, $expectedVersion: Int) {\n    mergeTicket(id: $id, parentId: $parentId, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    refuseTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseTicket($id: ID!, $reason: String!, $expectedVersion: Int) {\n    refuseTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTicket($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTicket($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawTicket(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseTicket($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {\n    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuperviseTicket($id: ID!, $reason: String!, $dueAt: DateTime, $expectedVersion: Int) {\n    superviseTicket(id: $id, reason: $reason, dueAt: $dueAt, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInternalNote($id: ID!, $body: String!, $expectedVersion: Int) {\n    addInternalNote(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInternalNote($id: ID!, $body: String!, $expectedVersion: Int) {\n    addInternalNote(id: $id, body: $body, expectedVersion: $expectedVersion) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRowFields on Ticket {\n    id\n    reference\n    title\n    kind\n    priority\n    state\n    channel\n    district\n    filedAt\n    replyDue\n    overdue\n    paused\n    problem\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRowFields on Ticket {\n    id\n    reference\n    title\n    kind\n    priority\n    state\n    channel\n    district\n    filedAt\n    replyDue\n    overdue\n    paused\n    problem\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetailFields on Ticket {\n    id\n    reference\n    kind\n    priority\n    channel\n    state\n    title\n    description\n    address\n    district\n    latitude\n    longitude\n    occurredAt\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n    contact {\n      name\n      email\n      phone\n      masked\n    }\n    confidential\n    anonymous\n    filedAt\n    dispatchedAt\n    acceptedAt\n    repliedAt\n    closedAt\n    dispatchDue\n    acceptDue\n    replyDue\n    paused\n    overdue\n    extensionCount\n    redoCount\n    returnCount\n    departmentCount\n    problem\n    mergedIntoId\n    version\n    availableActions\n    timeline {\n      event {\n        id\n        kind\n        occurredAt\n        actorRole\n        details\n        seq\n      }\n      messageKind\n      message\n    }\n    extensionRequests {\n      id\n      reason\n      requestedDue\n      decision\n      decisionNote\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetailFields on Ticket {\n    id\n    reference\n    kind\n    priority\n    channel\n    state\n    title\n    description\n    address\n    district\n    latitude\n    longitude\n    occurredAt\n    category {\n      id\n      nameZh\n      nameEn\n    }\n    department {\n      id\n      nameZh\n      nameEn\n    }\n    contact {\n      name\n      email\n      phone\n      masked\n    }\n    confidential\n    anonymous\n    filedAt\n    dispatchedAt\n    acceptedAt\n    repliedAt\n    closedAt\n    dispatchDue\n    acceptDue\n    replyDue\n    paused\n    overdue\n    extensionCount\n    redoCount\n    returnCount\n    departmentCount\n    problem\n    mergedIntoId\n    version\n    availableActions\n    timeline {\n      event {\n        id\n        kind\n        occurredAt\n        actorRole\n        details\n        seq\n      }\n      messageKind\n      message\n    }\n    extensionRequests {\n      id\n      reason\n      requestedDue\n      decision\n      decisionNote\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketIdByReference($reference: String!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      title\n    }\n  }\n"): (typeof documents)["\n  query TicketIdByReference($reference: String!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdentity($id: ID!) {\n    revealIdentity(id: $id) {\n      name\n      email\n      phone\n      masked\n    }\n  }\n"): (typeof documents)["\n  mutation RevealIdentity($id: ID!) {\n    revealIdentity(id: $id) {\n      name\n      email\n      phone\n      masked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackTicket($reference: String!, $trackingCode: String!) {\n    trackTicket(reference: $reference, trackingCode: $trackingCode) {\n      reference\n      state\n      kind\n      title\n      filedAt\n      replyDue\n      repliedAt\n      closedAt\n      timeline {\n        event {\n          id\n          kind\n          occurredAt\n          actorRole\n          details\n          seq\n        }\n        messageKind\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackTicket($reference: String!, $trackingCode: String!) {\n    trackTicket(reference: $reference, trackingCode: $trackingCode) {\n      reference\n      state\n      kind\n      title\n      filedAt\n      replyDue\n      repliedAt\n      closedAt\n      timeline {\n        event {\n          id\n          kind\n          occurredAt\n          actorRole\n          details\n          seq\n        }\n        messageKind\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;