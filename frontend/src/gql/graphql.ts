/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /** A scalar that can represent any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** A multipart file upload */
  Upload: { input: any; output: any; }
};

/** An account, as an administrator sees it. */
export type AdminUser = {
  __typename?: 'AdminUser';
  active: Scalars['Boolean']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isDepartmentHead: Scalars['Boolean']['output'];
  role: Scalars['String']['output'];
};

export type Attachment = {
  __typename?: 'Attachment';
  /** `image/jpeg`, `image/png`, `image/webp` or `application/pdf`, read from the content. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The name it was uploaded with (without any path), ending in its real type's extension. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The reply or answer it came with; none for files attached when filing. */
  messageId: Maybe<Scalars['ID']['output']>;
  /** Published by an official: downloadable without signing in. */
  public: Scalars['Boolean']['output'];
  /** The SHA-256 of the stored bytes (after photo metadata was removed). */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where to download it: `GET` with the same bearer token as the API. */
  url: Scalars['String']['output'];
};

/** The outcome of walking the audit chain. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** Entries that verified, from the first. */
  checked: Scalars['Int']['output'];
  /** The id of the first altered entry, or of the entry after a gap. */
  firstBadEntryId: Maybe<Scalars['ID']['output']>;
  /** Its position in the chain (for a missing entry: the position that is missing). */
  firstBadSeq: Maybe<Scalars['Int']['output']>;
  intact: Scalars['Boolean']['output'];
  /** What is wrong, in words. */
  problem: Maybe<Scalars['String']['output']>;
};

/** A signed-in session. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <accessToken>`. It works for 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token stops working. */
  expiresAt: Scalars['DateTime']['output'];
  refreshExpiresAt: Scalars['DateTime']['output'];
  /**
   * Exchange for a new session with `refresh` before `refreshExpiresAt`. Each refresh token
   * works once.
   */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** A business calendar (SPEC §5). */
export type BusinessCalendarView = {
  __typename?: 'BusinessCalendarView';
  days: Array<CalendarDay>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  /** Seven lists, Monday first. */
  weekly: Array<Array<Period>>;
};

/** A holiday or make-up working day. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
  /** `holiday` or `makeup`. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Category = {
  __typename?: 'Category';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  defaultKind: TicketKind;
  description: Scalars['String']['output'];
  groupName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

export type CategoryAdminInput = {
  active?: Scalars['Boolean']['input'];
  code: Scalars['String']['input'];
  defaultKind: TicketKind;
  description?: Scalars['String']['input'];
  groupName?: Scalars['String']['input'];
  keywords?: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
};

/** How the ticket reached the centre. */
export type Channel =
  | 'API'
  | 'EMAIL'
  | 'OPEN_311'
  | 'PHONE'
  | 'WEB';

/** The complainant's contact details; masked when the complainant asked for confidentiality. */
export type Contact = {
  __typename?: 'Contact';
  email: Maybe<Scalars['String']['output']>;
  /** True when these details are masked (a confidential complainant). */
  masked: Scalars['Boolean']['output'];
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

/** A key just issued. */
export type CreatedOpen311Key = {
  __typename?: 'CreatedOpen311Key';
  key: Open311Key;
  /**
   * The secret to give to the client. It is shown only here, once: Minsheng keeps only its
   * hash.
   */
  secret: Scalars['String']['output'];
};

export type Department = {
  __typename?: 'Department';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
};

export type DepartmentAdminInput = {
  active?: Scalars['Boolean']['input'];
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** Metres between the two places, when both have coordinates. */
  distanceMetres: Maybe<Scalars['Float']['output']>;
  /** The ranking score, 0 to 1. */
  score: Scalars['Float']['output'];
  /** How alike the texts are, 0 to 1. */
  textSimilarity: Scalars['Float']['output'];
  ticket: Ticket;
};

/** Escalation thresholds. */
export type EscalationConfigInput = {
  /** After the accept deadline passes, supervisors are told this much later. */
  acceptSecondPeriod: SlaTargetInput;
  enabled: Array<EscalationRule>;
  problemDepartments: Scalars['Int']['input'];
  problemRedos: Scalars['Int']['input'];
  /** An automatic supervision order follows the red card after this. */
  supervisionAfterRed: SlaTargetInput;
  /** The yellow card comes this long before the reply deadline… */
  yellowBefore: SlaTargetInput;
  /** …or this fraction of the reply target before it, whichever is less. */
  yellowFraction: Scalars['Float']['input'];
};

/** An escalation rule (SPEC §6). */
export type EscalationRule =
  | 'ACCEPT_OVERDUE'
  | 'ACCEPT_OVERDUE_SUPERVISORS'
  | 'AUTO_SUPERVISION'
  | 'PROBLEM_TICKET'
  | 'RED_CARD'
  | 'YELLOW_CARD';

/** Escalation thresholds. */
export type EscalationSettings = {
  __typename?: 'EscalationSettings';
  /** After the accept deadline passes, supervisors are told this much later. */
  acceptSecondPeriod: SlaTarget;
  enabled: Array<EscalationRule>;
  problemDepartments: Scalars['Int']['output'];
  problemRedos: Scalars['Int']['output'];
  /** An automatic supervision order follows the red card after this. */
  supervisionAfterRed: SlaTarget;
  /** The yellow card comes this long before the reply deadline… */
  yellowBefore: SlaTarget;
  /** …or this fraction of the reply target before it, whichever is less. */
  yellowFraction: Scalars['Float']['output'];
};

export type ExtensionRequest = {
  __typename?: 'ExtensionRequest';
  createdAt: Scalars['DateTime']['output'];
  /** `pending`, `approved` or `rejected`. */
  decision: Scalars['String']['output'];
  decisionNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedDue: Scalars['DateTime']['output'];
  ticketId: Scalars['ID']['output'];
};

/** Counters, rates and reply times of one slice. */
export type Figures = {
  __typename?: 'Figures';
  /** The composite score, 0–100, with the weights asked for (default 30/35/35). */
  compositeScore: Maybe<Scalars['Float']['output']>;
  counts: MetricCountsView;
  /**
   * 办理用时: median reply time in working hours (within a quarter-hour below 8 h, an hour
   * below 200 h).
   */
  medianReplyHours: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the reply time in working hours. */
  p90ReplyHours: Maybe<Scalars['Float']['output']>;
  rates: MetricRates;
};

/**
 * A new ticket. The five elements (五要素): who (contact), when (`occurredAt`), where
 * (`address`/`district`/location), what (`title`), and the course of events (`description`).
 */
export type FileTicketInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /**
   * Photos (JPEG, PNG, WebP) and PDF documents, sent as a multipart request. Photos lose
   * their metadata (the GPS position above all) before they are stored.
   */
  attachments?: InputMaybe<Array<Scalars['Upload']['input']>>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Keep the complainant's identity from the department (保密). */
  confidential?: Scalars['Boolean']['input'];
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  district?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the same ticket. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: TicketKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** `zh-CN` (default) or `en`: the language of messages about this ticket. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /**
   * The resident agrees that the GPS position in a photo may fill in the location, when no
   * location is given.
   */
  locationFromPhoto?: Scalars['Boolean']['input'];
  longitude?: InputMaybe<Scalars['Float']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Filed for someone who cannot use the web themselves (代办). */
  onBehalfOf?: InputMaybe<OnBehalfInput>;
  /** Only the hotline centre sets a priority other than normal. */
  priority?: InputMaybe<Priority>;
  title: Scalars['String']['input'];
};

/** The result of filing. */
export type FileTicketPayload = {
  __typename?: 'FileTicketPayload';
  /** True when this was a retry and the ticket had already been filed. */
  replayed: Scalars['Boolean']['output'];
  ticket: Ticket;
  /** For anonymous filers only, shown once: keep it to track the ticket. */
  trackingCode: Maybe<Scalars['String']['output']>;
};

export type FollowedTicket = {
  __typename?: 'FollowedTicket';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The department handling it. */
  department: Maybe<Department>;
  filedAt: Scalars['DateTime']['output'];
  followedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  state: TicketState;
  title: Scalars['String']['output'];
};

/** One reveal of a confidential complainant's identity. */
export type IdentityViewEntry = {
  __typename?: 'IdentityViewEntry';
  id: Scalars['ID']['output'];
  ticketId: Scalars['ID']['output'];
  ticketReference: Scalars['String']['output'];
  viewedAt: Scalars['DateTime']['output'];
  viewerId: Scalars['ID']['output'];
  viewerName: Scalars['String']['output'];
  viewerRole: Scalars['String']['output'];
};

export type IdentityViewEntryConnection = {
  __typename?: 'IdentityViewEntryConnection';
  /** A list of edges. */
  edges: Array<IdentityViewEntryEdge>;
  /** A list of nodes. */
  nodes: Array<IdentityViewEntry>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type IdentityViewEntryEdge = {
  __typename?: 'IdentityViewEntryEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: IdentityViewEntry;
};

/** A language Minsheng writes in. */
export type Locale =
  | 'EN'
  /** 简体中文 */
  | 'ZH_CN';

/**
 * The additive counters every rate is computed from (SPEC §9). Each belongs to the period of
 * its own instant: dispatch, reply deadline, reply or rating.
 */
export type MetricCountsView = {
  __typename?: 'MetricCountsView';
  acceptedOnTime: Scalars['Int']['output'];
  dispatched: Scalars['Int']['output'];
  rated: Scalars['Int']['output'];
  reopened: Scalars['Int']['output'];
  replied: Scalars['Int']['output'];
  repliedOnTime: Scalars['Int']['output'];
  /** Replies that fell due in the period. */
  replyDue: Scalars['Int']['output'];
  respondedOnTime: Scalars['Int']['output'];
  returns: Scalars['Int']['output'];
  satisfied: Scalars['Int']['output'];
  solved: Scalars['Int']['output'];
  supervisionOrders: Scalars['Int']['output'];
  upheldReturns: Scalars['Int']['output'];
};

/**
 * Which tickets a metric covers: local days `from` (inclusive) to `to` (exclusive) in the city
 * calendar, narrowed by any dimension.
 */
export type MetricFilterInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<Channel>;
  /** This department and every department below it. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** `YYYY-MM-DD`, inclusive. */
  from: Scalars['String']['input'];
  kind?: InputMaybe<TicketKind>;
  /** `YYYY-MM-DD`, exclusive. */
  to: Scalars['String']['input'];
};

/** One group of a metrics table. */
export type MetricGroup = {
  __typename?: 'MetricGroup';
  category: Maybe<Category>;
  channel: Maybe<Channel>;
  department: Maybe<Department>;
  /** For a department: it and everything below it. */
  figures: Figures;
  /**
   * The department or category id, or the kind or channel code; empty for tickets without a
   * category.
   */
  key: Scalars['String']['output'];
  kind: Maybe<TicketKind>;
  /** For a department (with its subtree): supervision orders not yet answered, now. */
  openSupervisionOrders: Maybe<Scalars['Int']['output']>;
  /** For a department (with its subtree): open tickets past their reply deadline, now. */
  overdueOpen: Maybe<Scalars['Int']['output']>;
  /** For a department: its own tickets only. */
  ownFigures: Maybe<Figures>;
};

/** What the metrics are grouped by. */
export type MetricGrouping =
  | 'CATEGORY'
  | 'CHANNEL'
  /** Each department with everything below it. */
  | 'DEPARTMENT'
  | 'KIND';

/** The SPEC §9 rates, each 0–1, null when there is nothing to divide by. */
export type MetricRates = {
  __typename?: 'MetricRates';
  /** 不当退单率. */
  improperReturn: Maybe<Scalars['Float']['output']>;
  /** 按时签收率. */
  onTimeAccept: Maybe<Scalars['Float']['output']>;
  /** 按时办结率. */
  onTimeReply: Maybe<Scalars['Float']['output']>;
  /** 重办率. */
  redo: Maybe<Scalars['Float']['output']>;
  /** 解决率. */
  resolution: Maybe<Scalars['Float']['output']>;
  /** 响应率. */
  response: Maybe<Scalars['Float']['output']>;
  /** 退单率. */
  returnRate: Maybe<Scalars['Float']['output']>;
  /** 满意率. */
  satisfaction: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Signs for a ticket on behalf of the department (签收). */
  acceptTicket: Ticket;
  /** Adds a note that only officials see. */
  addInternalNote: Ticket;
  /** The resident answers the department's question; the reply clock resumes. */
  answerQuestion: Ticket;
  /** Asks the resident for more information (补充材料); the reply clock pauses. */
  askResident: Ticket;
  /** Changes the viewer's password. Every other session ends; use the returned one. */
  changePassword: AuthPayload;
  /** Issues an Open311 API key (admins). The secret is in the answer and nowhere else. */
  createOpen311Key: CreatedOpen311Key;
  /** Approves or rejects an extension request. */
  decideExtension: Ticket;
  /** Dispatches a submitted ticket to a department (派单). */
  dispatchTicket: Ticket;
  /**
   * Files a ticket: a resident (or anyone, anonymously), an agent for a phone caller, or a
   * family member on someone's behalf.
   */
  fileTicket: FileTicketPayload;
  /**
   * Follows an open ticket instead of filing the same matter again: its progress is sent to
   * the resident as it happens (residents).
   */
  followTicket: FollowedTicket;
  /**
   * Signs in. Every failure has the same message; repeated failures lock the account for a
   * while.
   */
  login: AuthPayload;
  /** Signs out everywhere: every refresh token of the token's owner stops working. */
  logout: Scalars['Boolean']['output'];
  /** Merges a duplicate into a parent ticket (并单). */
  mergeTicket: Ticket;
  /**
   * Rates the answer (评价): solved or not, and one of five levels. A dissatisfied rating
   * reopens the ticket for a redo.
   */
  rateTicket: Ticket;
  /** Sends a returned ticket to another department (改派). */
  redispatchTicket: Ticket;
  /**
   * Exchanges a refresh token for a new session. Each refresh token works once; presenting a
   * used one ends every session it led to.
   */
  refresh: AuthPayload;
  /** Declines an out-of-scope ticket, with a reason (不予受理). */
  refuseTicket: Ticket;
  /** Creates a resident account and signs it in. */
  register: AuthPayload;
  removeRoute: Scalars['Boolean']['output'];
  /** Reopens a replied or closed ticket within the reopen window (重办). */
  reopenTicket: Ticket;
  /** Publishes the department's official answer (答复). */
  replyTicket: Ticket;
  /** Asks for more time (延期), with a reason and the new due date. */
  requestExtension: Ticket;
  /**
   * Emails a single-use reset link, valid for an hour, if an account has this address.
   * Always answers true, so it cannot be used to find out who has an account.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password with the token from a reset email. Every session of the account ends. */
  resetPassword: Scalars['Boolean']['output'];
  /** The department answers a supervision order (staff of that department, once). */
  respondToSupervision: SupervisionOrder;
  /**
   * Returns a misrouted ticket to the centre, with a reason (退单). The department keeps
   * read access to what it returned until the ticket is re-dispatched elsewhere.
   */
  returnTicket: Ticket;
  /**
   * Shows a confidential complainant's real details to an agent or supervisor. Every reveal
   * is logged.
   */
  revealIdentity: Contact;
  /** Revokes an Open311 API key (admins). Revoking a revoked key changes nothing. */
  revokeOpen311Key: Open311Key;
  /** Creates a category (no `id`) or updates one. */
  saveCategory: Category;
  /** Creates a department (no `id`) or updates one. */
  saveDepartment: Department;
  /**
   * Publishes an attachment (a photo of the fixed pothole, say) so anyone may see it, or
   * withdraws it again. Officials who may read the ticket only; recorded in the audit chain.
   */
  setAttachmentPublic: Attachment;
  /**
   * Marks a day as a holiday or make-up working day (`kind`: `holiday`, `makeup`), or clears
   * it (no `kind`).
   */
  setCalendarDay: Scalars['Boolean']['output'];
  /** Routes a category (in one district, or city-wide with an empty district) to a department. */
  setRoute: RoutingRule;
  /** Replaces a calendar's time zone and weekly working periods (seven lists, Monday first). */
  setWorkingWeek: Scalars['Boolean']['output'];
  /** Issues a supervision order (督办单) to the ticket's department. */
  superviseTicket: Ticket;
  /** Stops following a ticket. */
  unfollowTicket: Scalars['Boolean']['output'];
  /**
   * Replaces the SLA policy and escalation thresholds. Tickets already dispatched keep their
   * deadlines.
   */
  updateSlaPolicy: SlaPolicyView;
  /** Changes an account's role, department, head flag or active flag. */
  updateUser: Scalars['Boolean']['output'];
  /** Upholds the original dispatch of a returned ticket: an improper return (不当退单). */
  upholdDispatch: Ticket;
  /** The resident withdraws their ticket. */
  withdrawTicket: Ticket;
};


export type MutationAcceptTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAddInternalNoteArgs = {
  body: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAnswerQuestionArgs = {
  answer: Scalars['String']['input'];
  attachments: InputMaybe<Array<Scalars['Upload']['input']>>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAskResidentArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateOpen311KeyArgs = {
  name: Scalars['String']['input'];
  rateLimitPerMinute: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDecideExtensionArgs = {
  approve: Scalars['Boolean']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationDispatchTicketArgs = {
  departmentId: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationFileTicketArgs = {
  input: FileTicketInput;
};


export type MutationFollowTicketArgs = {
  reference: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMergeTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
};


export type MutationRateTicketArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  satisfaction: Satisfaction;
  solved: Scalars['Boolean']['input'];
};


export type MutationRedispatchTicketArgs = {
  departmentId: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefuseTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveRouteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReplyTicketArgs = {
  attachments: InputMaybe<Array<Scalars['Upload']['input']>>;
  body: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRequestExtensionArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  requestedDue: Scalars['DateTime']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRespondToSupervisionArgs = {
  orderId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
};


export type MutationReturnTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevealIdentityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeOpen311KeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveCategoryArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: CategoryAdminInput;
};


export type MutationSaveDepartmentArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: DepartmentAdminInput;
};


export type MutationSetAttachmentPublicArgs = {
  id: Scalars['ID']['input'];
  public: Scalars['Boolean']['input'];
};


export type MutationSetCalendarDayArgs = {
  calendarId: Scalars['ID']['input'];
  day: Scalars['String']['input'];
  kind: InputMaybe<Scalars['String']['input']>;
  name?: Scalars['String']['input'];
};


export type MutationSetRouteArgs = {
  categoryId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
  district?: Scalars['String']['input'];
};


export type MutationSetWorkingWeekArgs = {
  calendarId: Scalars['ID']['input'];
  timeZone: Scalars['String']['input'];
  weekly: Array<Array<WorkingPeriodInput>>;
};


export type MutationSuperviseTicketArgs = {
  dueAt: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnfollowTicketArgs = {
  reference: Scalars['String']['input'];
};


export type MutationUpdateSlaPolicyArgs = {
  input: SlaPolicyInput;
};


export type MutationUpdateUserArgs = {
  active?: Scalars['Boolean']['input'];
  departmentId: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  isDepartmentHead?: Scalars['Boolean']['input'];
  role: Scalars['String']['input'];
};


export type MutationUpholdDispatchArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawTicketArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
};

/** An in-app notification: the same news as the email sent to the viewer. */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The message kind (`dispatched`, `yellow_card`, `reply_published`, …). */
  kind: Scalars['String']['output'];
  reference: Maybe<Scalars['String']['output']>;
  ticketId: Scalars['ID']['output'];
  title: Maybe<Scalars['String']['output']>;
};

/** On whose behalf a ticket is filed (代办). */
export type OnBehalfInput = {
  /** How the filer relates to the person, e.g. "daughter", "neighbour", "caller". */
  relationship: Scalars['String']['input'];
};

/** An Open311 API key. The secret itself is never shown again after it was issued. */
export type Open311Key = {
  __typename?: 'Open311Key';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The first characters of the key, to tell keys apart. */
  keyPrefix: Scalars['String']['output'];
  /** Who the key is for, e.g. the app or partner that uses it. */
  name: Scalars['String']['output'];
  rateLimitPerMinute: Scalars['Int']['output'];
  /** Set once the key is revoked; it is refused from then on. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Information about pagination in a connection */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A working period of a weekday, `HH:MM`–`HH:MM`. */
export type Period = {
  __typename?: 'Period';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

/** 紧急程度. */
export type Priority =
  | 'CRITICAL'
  | 'NORMAL'
  | 'URGENT';

export type PublicCategoryStats = {
  __typename?: 'PublicCategoryStats';
  category: Category;
  stats: PublicStats;
};

/** One month's published figures per category. */
export type PublicCategoryTable = {
  __typename?: 'PublicCategoryTable';
  /** Figures built from fewer tickets than this are suppressed. */
  minimumCount: Scalars['Int']['output'];
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  rows: Array<PublicCategoryStats>;
};

/** A published count. `value` is null when it is suppressed. */
export type PublicCount = {
  __typename?: 'PublicCount';
  /**
   * Built from 1–4 tickets, so not shown (also set on the smallest other volume when only
   * one volume in a table would be suppressed).
   */
  suppressed: Scalars['Boolean']['output'];
  value: Maybe<Scalars['Int']['output']>;
};

export type PublicDepartmentStats = {
  __typename?: 'PublicDepartmentStats';
  department: Department;
  stats: PublicStats;
};

/** One month's published figures per department. */
export type PublicDepartmentTable = {
  __typename?: 'PublicDepartmentTable';
  /** Figures built from fewer tickets than this are suppressed. */
  minimumCount: Scalars['Int']['output'];
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  rows: Array<PublicDepartmentStats>;
};

/** The published figures of one department or category over one month. */
export type PublicStats = {
  __typename?: 'PublicStats';
  /** Median reply time in working hours, of the replies given in the month. */
  medianReplyHours: PublicValue;
  /** 按时签收率: of the tickets dispatched, accepted by their deadline. */
  onTimeAcceptRate: PublicValue;
  /** 按时办结率: of the tickets whose reply fell due in the month, replied by then. */
  onTimeReplyRate: PublicValue;
  /** 解决率: of the ratings given in the month, "solved". */
  resolutionRate: PublicValue;
  /** 满意率: of the ratings given in the month, satisfied. */
  satisfactionRate: PublicValue;
  /** Tickets dispatched in the month. */
  tickets: PublicCount;
};

/**
 * A published rate (0–1) or duration (working hours). `value` is null when it is suppressed,
 * or when there is nothing to compute it from (no tickets of that kind).
 */
export type PublicValue = {
  __typename?: 'PublicValue';
  /** Built from 1–4 tickets, so not shown. */
  suppressed: Scalars['Boolean']['output'];
  value: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** All categories, inactive ones included (admins). */
  allCategories: Array<Category>;
  /** All departments, inactive ones included (admins). */
  allDepartments: Array<Department>;
  /** Business calendars with their holidays and make-up days. */
  calendars: Array<BusinessCalendarView>;
  /** Active categories, for the filing form. */
  categories: Array<Category>;
  /**
   * A department's open queue, most urgent first. Staff see their own department; agents and
   * supervisors name one with `filter.departmentId`.
   */
  departmentQueue: TicketConnection;
  /**
   * The monthly ranking of departments by composite score (supervisors). `mark` departments
   * at each end are marked top and bottom.
   */
  departmentRanking: Ranking;
  /** Departments, for dispatch pickers and public pages. */
  departments: Array<Department>;
  /** Escalation thresholds (admins and supervisors). */
  escalationSettings: EscalationSettings;
  /** The tickets the signed-in resident follows. */
  followedTickets: Array<FollowedTicket>;
  /** Who revealed which confidential complainant, and when (supervisors). Newest first. */
  identityViews: IdentityViewEntryConnection;
  /** The hotline centre's inbox: submitted and returned tickets, oldest first. */
  inbox: TicketConnection;
  /** The signed-in person, or null when nobody is signed in. */
  me: Maybe<User>;
  /**
   * A series for charts: one point per day, week or month of the filter's period, empty
   * periods included (supervisors).
   */
  metricTrend: Array<TrendPoint>;
  /** Metrics for a period, grouped (supervisors). */
  metrics: Array<MetricGroup>;
  /** Everything matching the filter, together (supervisors). */
  metricsTotal: Figures;
  /** The signed-in resident's own tickets, newest first. */
  myTickets: TicketConnection;
  /** Every Open311 API key, newest first (admins). */
  open311Keys: Array<Open311Key>;
  /**
   * Problem tickets (疑难工单): reopened or passed between departments as often as the
   * escalation rules say (supervisors). Newest first.
   */
  problemTickets: TicketConnection;
  /**
   * Public figures per category for a month that has ended (`YYYY-MM`; default: last month).
   * No login needed.
   */
  publicCategoryStats: PublicCategoryTable;
  /**
   * Public figures per department for a month that has ended (`YYYY-MM`; default: last
   * month). Each department's own tickets; no login needed.
   */
  publicDepartmentStats: PublicDepartmentTable;
  /**
   * Clusters of similar tickets filed in `[from, to)`, optionally for one department and its
   * subtree, largest first: the same matter handled more than once (supervisors and agents).
   */
  repeatMatters: Array<RepeatMatter>;
  /** The routing catalogue (admins and agents). */
  routingRules: Array<RoutingRule>;
  /** Search across every ticket the viewer may read (supervisors and agents: all of them). */
  searchTickets: TicketConnection;
  /**
   * Open tickets of the same category that look like the matter being filed (at most 5),
   * so the resident can follow one instead of filing again. Anyone may ask.
   */
  similarTickets: Array<SimilarTicket>;
  /** The deadlines in force, public (SPEC §9 transparency). */
  slaPolicy: SlaPolicyView;
  /**
   * Supervision orders: supervisors and agents see all (optionally one department's), staff
   * their own department's. Newest first.
   */
  supervisionOrders: SupervisionOrderConnection;
  /** One ticket by id, if the viewer may read it. */
  ticket: Ticket;
  /** One ticket by its public reference, if the viewer may read it. */
  ticketByReference: Ticket;
  /** Anonymous tracking with the reference and the secret tracking code. */
  trackTicket: TrackedTicket;
  /** Accounts, oldest first, up to 100 after `after` (admins). */
  users: Array<AdminUser>;
  /**
   * Walks the whole tamper-evident event log and names the first altered or missing entry
   * (supervisors). The verification is itself recorded in the log.
   */
  verifyAuditChain: AuditVerification;
};


export type QueryDepartmentQueueArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TicketFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentRankingArgs = {
  mark?: Scalars['Int']['input'];
  month: Scalars['String']['input'];
  weights: InputMaybe<WeightsInput>;
};


export type QueryIdentityViewsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  ticketId: InputMaybe<Scalars['ID']['input']>;
  viewerId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInboxArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricTrendArgs = {
  filter: MetricFilterInput;
  interval: TrendInterval;
  weights: InputMaybe<WeightsInput>;
};


export type QueryMetricsArgs = {
  filter: MetricFilterInput;
  groupBy: MetricGrouping;
  weights: InputMaybe<WeightsInput>;
};


export type QueryMetricsTotalArgs = {
  filter: MetricFilterInput;
  weights: InputMaybe<WeightsInput>;
};


export type QueryMyTicketsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProblemTicketsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  openOnly?: Scalars['Boolean']['input'];
};


export type QueryPublicCategoryStatsArgs = {
  month: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicDepartmentStatsArgs = {
  month: InputMaybe<Scalars['String']['input']>;
};


export type QueryRepeatMattersArgs = {
  departmentId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySearchTicketsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TicketFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarTicketsArgs = {
  input: SimilarTicketsInput;
};


export type QuerySupervisionOrdersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  departmentId: InputMaybe<Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  openOnly?: Scalars['Boolean']['input'];
  ticketId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryTrackTicketArgs = {
  reference: Scalars['String']['input'];
  trackingCode: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  after: InputMaybe<Scalars['ID']['input']>;
  departmentId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  role: InputMaybe<Scalars['String']['input']>;
};

/** A ticket in a department's queue changed. */
export type QueueChange = {
  __typename?: 'QueueChange';
  /** The ticket's department now. */
  departmentId: Maybe<Scalars['ID']['output']>;
  /** The event (`dispatched`, `accepted`, `returned`, `red_card`, …). */
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  seq: Scalars['Int']['output'];
  ticketId: Scalars['ID']['output'];
};

/** A monthly ranking (SPEC §9). */
export type Ranking = {
  __typename?: 'Ranking';
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  rows: Array<RankingRow>;
  weights: RankingWeights;
};

/** A department's place in a monthly ranking. */
export type RankingRow = {
  __typename?: 'RankingRow';
  /** Among the worst `mark`. */
  bottom: Scalars['Boolean']['output'];
  department: Department;
  /** The department's own tickets in the month. */
  figures: Figures;
  /** 1-based; tied scores share a rank. Null when the department has nothing to score. */
  rank: Maybe<Scalars['Int']['output']>;
  score: Maybe<Scalars['Float']['output']>;
  /** Among the best `mark`. */
  top: Scalars['Boolean']['output'];
};

export type RankingWeights = {
  __typename?: 'RankingWeights';
  resolution: Scalars['Float']['output'];
  response: Scalars['Float']['output'];
  satisfaction: Scalars['Float']['output'];
};

/** A resident signing up. */
export type RegisterInput = {
  /** The name shown to officials handling the resident's tickets. */
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** The language of emails; Chinese when not given. */
  locale?: InputMaybe<Locale>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RepeatMatter = {
  __typename?: 'RepeatMatter';
  categoryId: Maybe<Scalars['ID']['output']>;
  /** The department that handled (the first of) them. */
  department: Maybe<Department>;
  /**
   * How many of them were handled on their own instead of merged: more than one means the
   * same matter was handled more than once (重复受理).
   */
  handledSeparately: Scalars['Int']['output'];
  /** How many tickets the matter produced. */
  size: Scalars['Int']['output'];
  /** The tickets, oldest first. */
  tickets: Array<Ticket>;
};

/** One person has one role (SPEC §1). */
export type Role =
  /** 管理员 */
  | 'ADMIN'
  /** 受理员 / 派单员 */
  | 'AGENT'
  /** 市民 */
  | 'RESIDENT'
  /** 承办人 */
  | 'STAFF'
  /** 督办员 */
  | 'SUPERVISOR';

/** A routing rule: category (+ district) → department. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  categoryId: Scalars['ID']['output'];
  departmentId: Scalars['ID']['output'];
  /** Empty for the city-wide rule. */
  district: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** The five levels of the 好差评 scheme. */
export type Satisfaction =
  | 'BASICALLY_SATISFIED'
  | 'DISSATISFIED'
  | 'SATISFIED'
  | 'VERY_DISSATISFIED'
  | 'VERY_SATISFIED';

/**
 * An open ticket that looks like the same matter, as anyone about to file may see it: what it
 * is about and how far it has got, never who filed it.
 */
export type SimilarTicket = {
  __typename?: 'SimilarTicket';
  /** Metres between the two places, when both have coordinates. */
  distanceMetres: Maybe<Scalars['Float']['output']>;
  district: Maybe<Scalars['String']['output']>;
  filedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  /** The ranking score, 0 to 1. */
  score: Scalars['Float']['output'];
  state: TicketState;
  /** How alike the texts are, 0 to 1 (Jaccard index of character bigrams). */
  textSimilarity: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

/** What the resident has typed so far. */
export type SimilarTicketsInput = {
  address?: Scalars['String']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  district?: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
};

/** The targets for one kind × priority. */
export type SlaEntry = {
  __typename?: 'SlaEntry';
  /** From dispatch to accept. */
  acceptWithin: SlaTarget;
  /** From filing to dispatch (the centre's own target). */
  dispatchWithin: SlaTarget;
  kind: TicketKind;
  priority: Priority;
  /** From dispatch to reply. */
  replyWithin: SlaTarget;
};

/** The targets for one kind × priority. */
export type SlaEntryInput = {
  /** From dispatch to accept. */
  acceptWithin: SlaTargetInput;
  /** From filing to dispatch (the centre's own target). */
  dispatchWithin: SlaTargetInput;
  kind: TicketKind;
  priority: Priority;
  /** From dispatch to reply. */
  replyWithin: SlaTargetInput;
};

export type SlaPolicyInput = {
  autoRedoOnDissatisfied: Scalars['Boolean']['input'];
  entries: Array<SlaEntryInput>;
  escalation: EscalationConfigInput;
  maxExtension: SlaTargetInput;
  maxExtensions: Scalars['Int']['input'];
  ratingWindow: SlaTargetInput;
  reopenWindow: SlaTargetInput;
  returnWithin: SlaTargetInput;
};

/** The deadlines in force (SPEC §5), published to everyone. */
export type SlaPolicyView = {
  __typename?: 'SlaPolicyView';
  autoRedoOnDissatisfied: Scalars['Boolean']['output'];
  entries: Array<SlaEntry>;
  /** The longest one extension may be. */
  maxExtension: SlaTarget;
  maxExtensions: Scalars['Int']['output'];
  ratingWindow: SlaTarget;
  reopenWindow: SlaTarget;
  /** Returns must come within this of dispatch. */
  returnWithin: SlaTarget;
};

/** One deadline target. */
export type SlaTarget = {
  __typename?: 'SlaTarget';
  basis: TargetBasis;
  value: Scalars['Int']['output'];
};

/** One deadline target. */
export type SlaTargetInput = {
  basis: TargetBasis;
  value: Scalars['Int']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The viewer's notifications as they are written. */
  notifications: Notification;
  /**
   * Changes to a department's queue: staff hear about their own department (`departmentId`
   * may be left out); agents and supervisors about the one they name, or all.
   */
  queueChanged: QueueChange;
  /**
   * Updates to one ticket, for whoever may read it. The first item is the ticket as it is now;
   * the stream ends if the viewer may no longer read it.
   */
  ticketUpdated: TicketUpdate;
};


export type SubscriptionQueueChangedArgs = {
  departmentId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTicketUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A supervision order (督办单) and the department's answer. */
export type SupervisionOrder = {
  __typename?: 'SupervisionOrder';
  /** Issued by the escalation rules rather than a person. */
  automatic: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  dueAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  respondedBy: Maybe<Scalars['ID']['output']>;
  response: Maybe<Scalars['String']['output']>;
  ticketId: Scalars['ID']['output'];
  ticketReference: Scalars['String']['output'];
};

export type SupervisionOrderConnection = {
  __typename?: 'SupervisionOrderConnection';
  /** A list of edges. */
  edges: Array<SupervisionOrderEdge>;
  /** A list of nodes. */
  nodes: Array<SupervisionOrder>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type SupervisionOrderEdge = {
  __typename?: 'SupervisionOrderEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: SupervisionOrder;
};

/** How a deadline is counted. */
export type TargetBasis =
  /** Elapsed time, nights and holidays included (`value` = minutes). */
  | 'CALENDAR_MINUTES'
  /** No deadline. */
  | 'NONE'
  /** Whole working days (`value` = days). */
  | 'WORKING_DAYS'
  /** Working time (`value` = minutes). */
  | 'WORKING_MINUTES';

export type Ticket = {
  __typename?: 'Ticket';
  acceptDue: Maybe<Scalars['DateTime']['output']>;
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  address: Scalars['String']['output'];
  anonymous: Scalars['Boolean']['output'];
  /** Photos and documents, oldest first. */
  attachments: Array<Attachment>;
  /** What the viewer may do to this ticket now: the buttons to show. */
  availableActions: Array<TicketAction>;
  category: Maybe<Category>;
  channel: Channel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  confidential: Scalars['Boolean']['output'];
  /** The complainant's contact details, masked for a confidential complainant. */
  contact: Contact;
  deadlineVersion: Scalars['Int']['output'];
  department: Maybe<Department>;
  departmentCount: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** The centre's own target for dispatching. */
  dispatchDue: Maybe<Scalars['DateTime']['output']>;
  dispatchedAt: Maybe<Scalars['DateTime']['output']>;
  district: Scalars['String']['output'];
  extensionCount: Scalars['Int']['output'];
  /** Extension requests (officials only). */
  extensionRequests: Array<ExtensionRequest>;
  filedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TicketKind;
  /** The latest events, newest first (for queue rows). */
  latestEvents: Array<TicketEvent>;
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  mergedIntoId: Maybe<Scalars['ID']['output']>;
  /** When the matter happened, as the resident told it. */
  occurredAt: Maybe<Scalars['DateTime']['output']>;
  /** True when the reply deadline has passed and no reply has been given. */
  overdue: Scalars['Boolean']['output'];
  /** True while the reply clock is paused, waiting for the resident. */
  paused: Scalars['Boolean']['output'];
  /**
   * Open tickets of the same category that may be the same matter, best first: the
   * candidates to merge (agents and supervisors).
   */
  possibleDuplicates: Array<DuplicateCandidate>;
  priority: Priority;
  /** A problem ticket (疑难工单): 3 or more redos, or passed between 3 or more departments. */
  problem: Scalars['Boolean']['output'];
  redoCount: Scalars['Int']['output'];
  /** The public reference, e.g. `MS-2026-000123`. */
  reference: Scalars['String']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  /** The reply deadline (extended, and moved by pauses, where that happened). */
  replyDue: Maybe<Scalars['DateTime']['output']>;
  returnCount: Scalars['Int']['output'];
  state: TicketState;
  /** The whole history, oldest first (internal notes only for officials). */
  timeline: Array<TimelineItem>;
  title: Scalars['String']['output'];
  /** Pass this back as `expectedVersion` to act only if nobody changed the ticket meanwhile. */
  version: Scalars['Int']['output'];
};


export type TicketLatestEventsArgs = {
  first?: Scalars['Int']['input'];
};


export type TicketPossibleDuplicatesArgs = {
  first?: Scalars['Int']['input'];
};

/** What a viewer can do to a ticket now. */
export type TicketAction =
  | 'ACCEPT'
  | 'ANSWER_RESIDENT'
  | 'ASK_RESIDENT'
  | 'AUTO_CLOSE'
  | 'DECIDE_EXTENSION'
  | 'DISPATCH'
  | 'FILE'
  | 'INTERNAL_NOTE'
  | 'MERGE'
  | 'RATE'
  | 'REDISPATCH'
  | 'REFUSE'
  | 'REOPEN'
  | 'REPLY'
  | 'REQUEST_EXTENSION'
  | 'RETURN'
  | 'SUPERVISE'
  | 'UPHOLD_DISPATCH'
  | 'WITHDRAW';

export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** A list of edges. */
  edges: Array<TicketEdge>;
  /** A list of nodes. */
  nodes: Array<Ticket>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Ticket;
};

export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** Who acted: a role code, or `system`, `anonymous`, `api_client`. */
  actorRole: Maybe<Scalars['String']['output']>;
  /** Structured details of the event (deadlines, reasons, departments). */
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** The event kind, e.g. `filed`, `dispatched`, `replied`, `yellow_card`. */
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /**
   * Position in the tamper-evident log; null for the few milliseconds between the event's
   * commit and its sealing into the chain.
   */
  seq: Maybe<Scalars['Int']['output']>;
};

/** Filters for queues and searches. */
export type TicketFilterInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Supervisors and agents may look at one department; staff always see their own. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tickets past their reply deadline (true) or only those that are not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<Priority>;
  /** Only problem tickets (3+ redos or 3+ departments). */
  problem?: InputMaybe<Scalars['Boolean']['input']>;
  states?: InputMaybe<Array<TicketState>>;
  /** Matches the reference, title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 诉求类型. */
export type TicketKind =
  | 'COMPLAINT'
  | 'ENQUIRY'
  | 'HELP'
  | 'PRAISE'
  | 'REPORT'
  | 'SUGGESTION';

/** Lifecycle state (SPEC §4). */
export type TicketState =
  | 'ACCEPTED'
  | 'AWAITING_RESIDENT'
  | 'CLOSED'
  | 'DISPATCHED'
  | 'MERGED'
  | 'REFUSED'
  | 'REPLIED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** Something happened to a ticket. */
export type TicketUpdate = {
  __typename?: 'TicketUpdate';
  /**
   * The event (`accepted`, `replied`, `red_card`, …); `snapshot` for the first item, which is
   * the ticket as it is when the subscription starts, and `resync` after missed updates.
   */
  kind: Scalars['String']['output'];
  occurredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event's position in the log; absent for `snapshot` and `resync`. */
  seq: Maybe<Scalars['Int']['output']>;
  /** The ticket as the viewer may see it now. */
  ticket: Ticket;
};

export type TimelineItem = {
  __typename?: 'TimelineItem';
  event: TicketEvent;
  message: Maybe<Scalars['String']['output']>;
  /** The message's id: the files sent with it carry it as `Attachment.messageId`. */
  messageId: Maybe<Scalars['ID']['output']>;
  /** `question`, `answer`, `reply` or `note` (notes only for officials). */
  messageKind: Maybe<Scalars['String']['output']>;
};

/** A publicly tracked ticket: progress only, no personal data. */
export type TrackedTicket = {
  __typename?: 'TrackedTicket';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  filedAt: Scalars['DateTime']['output'];
  kind: TicketKind;
  /**
   * The files an official published (a photo of the fix, say); they download without signing
   * in. Others need an account that may read the ticket.
   */
  publicAttachments: Array<Attachment>;
  reference: Scalars['String']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  replyDue: Maybe<Scalars['DateTime']['output']>;
  state: TicketState;
  timeline: Array<TimelineItem>;
  title: Scalars['String']['output'];
};

/** The width of a trend point. */
export type TrendInterval =
  | 'DAY'
  | 'MONTH'
  /** Monday to Sunday. */
  | 'WEEK';

/** One point of a trend series. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  figures: Figures;
  /** The first day of the period, `YYYY-MM-DD`. */
  start: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  /** The department a staff member works for. */
  departmentId: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether a staff member heads their department (they receive its escalations). */
  isDepartmentHead: Scalars['Boolean']['output'];
  locale: Locale;
  role: Role;
};

/** The weights of the composite score; only their proportions matter. */
export type WeightsInput = {
  resolution: Scalars['Float']['input'];
  response: Scalars['Float']['input'];
  satisfaction: Scalars['Float']['input'];
};

/** A working period of a weekday, `HH:MM`–`HH:MM`. */
export type WorkingPeriodInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type AdminDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDepartmentsQuery = { __typename?: 'Query', allDepartments: Array<{ __typename?: 'Department', id: string, code: string, nameZh: string, nameEn: string, parentId: string | null, active: boolean }>, calendars: Array<{ __typename?: 'BusinessCalendarView', id: string, name: string }> };

export type SaveDepartmentMutationVariables = Exact<{
  id: InputMaybe<Scalars['ID']['input']>;
  input: DepartmentAdminInput;
}>;


export type SaveDepartmentMutation = { __typename?: 'Mutation', saveDepartment: { __typename?: 'Department', id: string, code: string, nameZh: string, nameEn: string, parentId: string | null, active: boolean } };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { __typename?: 'Query', allCategories: Array<{ __typename?: 'Category', id: string, code: string, nameZh: string, nameEn: string, description: string, groupName: string, defaultKind: TicketKind, active: boolean }>, allDepartments: Array<{ __typename?: 'Department', id: string, nameZh: string, nameEn: string, active: boolean }>, routingRules: Array<{ __typename?: 'RoutingRule', id: string, categoryId: string, district: string, departmentId: string }> };

export type SaveCategoryMutationVariables = Exact<{
  id: InputMaybe<Scalars['ID']['input']>;
  input: CategoryAdminInput;
}>;


export type SaveCategoryMutation = { __typename?: 'Mutation', saveCategory: { __typename?: 'Category', id: string, code: string, nameZh: string, nameEn: string, description: string, groupName: string, defaultKind: TicketKind, active: boolean } };

export type SetRouteMutationVariables = Exact<{
  categoryId: Scalars['ID']['input'];
  district: Scalars['String']['input'];
  departmentId: Scalars['ID']['input'];
}>;


export type SetRouteMutation = { __typename?: 'Mutation', setRoute: { __typename?: 'RoutingRule', id: string, categoryId: string, district: string, departmentId: string } };

export type RemoveRouteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveRouteMutation = { __typename?: 'Mutation', removeRoute: boolean };

export type AdminUsersQueryVariables = Exact<{
  role: InputMaybe<Scalars['String']['input']>;
  departmentId: InputMaybe<Scalars['ID']['input']>;
  after: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'AdminUser', id: string, email: string | null, displayName: string, role: string, departmentId: string | null, isDepartmentHead: boolean, active: boolean }>, allDepartments: Array<{ __typename?: 'Department', id: string, nameZh: string, nameEn: string, active: boolean }> };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  departmentId: InputMaybe<Scalars['ID']['input']>;
  isDepartmentHead: Scalars['Boolean']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: boolean };

export type CalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarsQuery = { __typename?: 'Query', calendars: Array<{ __typename?: 'BusinessCalendarView', id: string, name: string, timeZone: string, weekly: Array<Array<{ __typename?: 'Period', start: string, end: string }>>, days: Array<{ __typename?: 'CalendarDay', day: string, kind: string, name: string }> }> };

export type SetCalendarDayMutationVariables = Exact<{
  calendarId: Scalars['ID']['input'];
  day: Scalars['String']['input'];
  kind: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
}>;


export type SetCalendarDayMutation = { __typename?: 'Mutation', setCalendarDay: boolean };

export type SetWorkingWeekMutationVariables = Exact<{
  calendarId: Scalars['ID']['input'];
  timeZone: Scalars['String']['input'];
  weekly: Array<Array<WorkingPeriodInput> | WorkingPeriodInput> | Array<WorkingPeriodInput> | WorkingPeriodInput;
}>;


export type SetWorkingWeekMutation = { __typename?: 'Mutation', setWorkingWeek: boolean };

export type SlaPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPolicyQuery = { __typename?: 'Query', slaPolicy: { __typename?: 'SlaPolicyView', maxExtensions: number, autoRedoOnDissatisfied: boolean, entries: Array<{ __typename?: 'SlaEntry', kind: TicketKind, priority: Priority, dispatchWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, acceptWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, replyWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number } }>, returnWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, maxExtension: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, reopenWindow: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, ratingWindow: { __typename?: 'SlaTarget', basis: TargetBasis, value: number } }, escalationSettings: { __typename?: 'EscalationSettings', yellowFraction: number, problemRedos: number, problemDepartments: number, enabled: Array<EscalationRule>, yellowBefore: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, acceptSecondPeriod: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, supervisionAfterRed: { __typename?: 'SlaTarget', basis: TargetBasis, value: number } } };

export type UpdateSlaPolicyMutationVariables = Exact<{
  input: SlaPolicyInput;
}>;


export type UpdateSlaPolicyMutation = { __typename?: 'Mutation', updateSlaPolicy: { __typename?: 'SlaPolicyView', maxExtensions: number } };

export type AttachmentFieldsFragment = { __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string };

export type SetAttachmentPublicMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  public: Scalars['Boolean']['input'];
}>;


export type SetAttachmentPublicMutation = { __typename?: 'Mutation', setAttachmentPublic: { __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string } };

export type UserFieldsFragment = { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale };

export type SessionFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshMutation = { __typename?: 'Mutation', refresh: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, refreshExpiresAt: string, user: { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string | null, displayName: string, role: Role, departmentId: string | null, isDepartmentHead: boolean, locale: Locale } | null };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, code: string, nameZh: string, nameEn: string, description: string, groupName: string, defaultKind: TicketKind, active: boolean }> };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, code: string, nameZh: string, nameEn: string, parentId: string | null, active: boolean }> };

export type PossibleDuplicatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PossibleDuplicatesQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, possibleDuplicates: Array<{ __typename?: 'DuplicateCandidate', score: number, textSimilarity: number, distanceMetres: number | null, ticket: { __typename?: 'Ticket', id: string, reference: string, title: string, state: TicketState, filedAt: string } }> } };

export type FileTicketMutationVariables = Exact<{
  input: FileTicketInput;
}>;


export type FileTicketMutation = { __typename?: 'Mutation', fileTicket: { __typename?: 'FileTicketPayload', trackingCode: string | null, replayed: boolean, ticket: { __typename?: 'Ticket', id: string, reference: string, title: string, state: TicketState } } };

export type FollowedTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowedTicketsQuery = { __typename?: 'Query', followedTickets: Array<{ __typename?: 'FollowedTicket', reference: string, title: string, state: TicketState, filedAt: string, repliedAt: string | null, closedAt: string | null, followedAt: string, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> };

export type UnfollowTicketMutationVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type UnfollowTicketMutation = { __typename?: 'Mutation', unfollowTicket: boolean };

export type InboxQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', inbox: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', dispatchDue: string | null, id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type TicketUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'TicketUpdate', kind: string, seq: number | null, occurredAt: string | null, ticket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } } };

export type QueueChangedSubscriptionVariables = Exact<{
  departmentId: InputMaybe<Scalars['ID']['input']>;
}>;


export type QueueChangedSubscription = { __typename?: 'Subscription', queueChanged: { __typename?: 'QueueChange', ticketId: string, departmentId: string | null, kind: string, seq: number, occurredAt: string } };

export type MyTicketsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type MyTicketsQuery = { __typename?: 'Query', myTickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type DashboardFiguresFragment = { __typename?: 'Figures', medianReplyHours: number | null, compositeScore: number | null, counts: { __typename?: 'MetricCountsView', dispatched: number, replyDue: number, repliedOnTime: number, replied: number, rated: number, solved: number, satisfied: number, supervisionOrders: number }, rates: { __typename?: 'MetricRates', onTimeReply: number | null, resolution: number | null, satisfaction: number | null } };

export type OversightDashboardQueryVariables = Exact<{
  filter: MetricFilterInput;
  scoped: MetricFilterInput;
  interval: TrendInterval;
}>;


export type OversightDashboardQuery = { __typename?: 'Query', metricsTotal: { __typename?: 'Figures', medianReplyHours: number | null, compositeScore: number | null, counts: { __typename?: 'MetricCountsView', dispatched: number, replyDue: number, repliedOnTime: number, replied: number, rated: number, solved: number, satisfied: number, supervisionOrders: number }, rates: { __typename?: 'MetricRates', onTimeReply: number | null, resolution: number | null, satisfaction: number | null } }, metrics: Array<{ __typename?: 'MetricGroup', key: string, overdueOpen: number | null, openSupervisionOrders: number | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string, parentId: string | null } | null, figures: { __typename?: 'Figures', medianReplyHours: number | null, compositeScore: number | null, counts: { __typename?: 'MetricCountsView', dispatched: number, replyDue: number, repliedOnTime: number, replied: number, rated: number, solved: number, satisfied: number, supervisionOrders: number }, rates: { __typename?: 'MetricRates', onTimeReply: number | null, resolution: number | null, satisfaction: number | null } } }>, metricTrend: Array<{ __typename?: 'TrendPoint', start: string, figures: { __typename?: 'Figures', medianReplyHours: number | null, compositeScore: number | null, counts: { __typename?: 'MetricCountsView', dispatched: number, replyDue: number, repliedOnTime: number, replied: number, rated: number, solved: number, satisfied: number, supervisionOrders: number }, rates: { __typename?: 'MetricRates', onTimeReply: number | null, resolution: number | null, satisfaction: number | null } } }> };

export type DepartmentRankingQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type DepartmentRankingQuery = { __typename?: 'Query', departmentRanking: { __typename?: 'Ranking', month: string, weights: { __typename?: 'RankingWeights', response: number, resolution: number, satisfaction: number }, rows: Array<{ __typename?: 'RankingRow', rank: number | null, score: number | null, top: boolean, bottom: boolean, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string }, figures: { __typename?: 'Figures', counts: { __typename?: 'MetricCountsView', dispatched: number, rated: number }, rates: { __typename?: 'MetricRates', response: number | null, resolution: number | null, satisfaction: number | null } } }> } };

export type ProblemTicketsQueryVariables = Exact<{
  openOnly: Scalars['Boolean']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ProblemTicketsQuery = { __typename?: 'Query', problemTickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type OverdueTicketsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueTicketsQuery = { __typename?: 'Query', searchTickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type SupervisionOrderFieldsFragment = { __typename?: 'SupervisionOrder', id: string, ticketId: string, ticketReference: string, departmentId: string | null, reason: string, dueAt: string | null, automatic: boolean, createdAt: string, response: string | null, respondedAt: string | null };

export type SupervisionOrdersQueryVariables = Exact<{
  departmentId: InputMaybe<Scalars['ID']['input']>;
  openOnly: Scalars['Boolean']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type SupervisionOrdersQuery = { __typename?: 'Query', supervisionOrders: { __typename?: 'SupervisionOrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'SupervisionOrder', id: string, ticketId: string, ticketReference: string, departmentId: string | null, reason: string, dueAt: string | null, automatic: boolean, createdAt: string, response: string | null, respondedAt: string | null }> } };

export type RespondToSupervisionMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  response: Scalars['String']['input'];
}>;


export type RespondToSupervisionMutation = { __typename?: 'Mutation', respondToSupervision: { __typename?: 'SupervisionOrder', id: string, ticketId: string, ticketReference: string, departmentId: string | null, reason: string, dueAt: string | null, automatic: boolean, createdAt: string, response: string | null, respondedAt: string | null } };

export type TicketToSuperviseQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type TicketToSuperviseQuery = { __typename?: 'Query', ticketByReference: { __typename?: 'Ticket', id: string, reference: string, title: string, version: number, availableActions: Array<TicketAction>, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null } };

export type IssueSupervisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  dueAt: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type IssueSupervisionMutation = { __typename?: 'Mutation', superviseTicket: { __typename?: 'Ticket', id: string, version: number } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename?: 'Query', verifyAuditChain: { __typename?: 'AuditVerification', intact: boolean, checked: number, firstBadEntryId: string | null, firstBadSeq: number | null, problem: string | null } };

export type IdentityViewsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type IdentityViewsQuery = { __typename?: 'Query', identityViews: { __typename?: 'IdentityViewEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'IdentityViewEntry', id: string, ticketId: string, ticketReference: string, viewerName: string, viewerRole: string, viewedAt: string }> } };

export type DepartmentQueueQueryVariables = Exact<{
  filter: InputMaybe<TicketFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentQueueQuery = { __typename?: 'Query', departmentQueue: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type RepeatMattersQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  departmentId: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
}>;


export type RepeatMattersQuery = { __typename?: 'Query', repeatMatters: Array<{ __typename?: 'RepeatMatter', size: number, handledSeparately: number, categoryId: string | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, tickets: Array<{ __typename?: 'Ticket', id: string, reference: string, title: string, state: TicketState, filedAt: string }> }> };

export type SearchTicketsQueryVariables = Exact<{
  filter: InputMaybe<TicketFilterInput>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchTicketsQuery = { __typename?: 'Query', searchTickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Ticket', redoCount: number, departmentCount: number, id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null }> } };

export type SimilarTicketsQueryVariables = Exact<{
  input: SimilarTicketsInput;
}>;


export type SimilarTicketsQuery = { __typename?: 'Query', similarTickets: Array<{ __typename?: 'SimilarTicket', reference: string, title: string, state: TicketState, filedAt: string, district: string | null, distanceMetres: number | null, textSimilarity: number, score: number }> };

export type FollowTicketMutationVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type FollowTicketMutation = { __typename?: 'Mutation', followTicket: { __typename?: 'FollowedTicket', reference: string, followedAt: string } };

export type DispatchTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type DispatchTicketMutation = { __typename?: 'Mutation', dispatchTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type AcceptTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type AcceptTicketMutation = { __typename?: 'Mutation', acceptTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type ReturnTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReturnTicketMutation = { __typename?: 'Mutation', returnTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type RedispatchTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedispatchTicketMutation = { __typename?: 'Mutation', redispatchTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type UpholdDispatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpholdDispatchMutation = { __typename?: 'Mutation', upholdDispatch: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type AskResidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type AskResidentMutation = { __typename?: 'Mutation', askResident: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type AnswerQuestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  attachments: InputMaybe<Array<Scalars['Upload']['input']> | Scalars['Upload']['input']>;
}>;


export type AnswerQuestionMutation = { __typename?: 'Mutation', answerQuestion: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type RequestExtensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  requestedDue: Scalars['DateTime']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', requestExtension: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type DecideExtensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecideExtensionMutation = { __typename?: 'Mutation', decideExtension: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type ReplyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  attachments: InputMaybe<Array<Scalars['Upload']['input']> | Scalars['Upload']['input']>;
}>;


export type ReplyTicketMutation = { __typename?: 'Mutation', replyTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type RateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  solved: Scalars['Boolean']['input'];
  satisfaction: Satisfaction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type RateTicketMutation = { __typename?: 'Mutation', rateTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type ReopenTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReopenTicketMutation = { __typename?: 'Mutation', reopenTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type MergeTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type MergeTicketMutation = { __typename?: 'Mutation', mergeTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type RefuseTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type RefuseTicketMutation = { __typename?: 'Mutation', refuseTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type WithdrawTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: InputMaybe<Scalars['String']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type WithdrawTicketMutation = { __typename?: 'Mutation', withdrawTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type SuperviseTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  dueAt: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type SuperviseTicketMutation = { __typename?: 'Mutation', superviseTicket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type AddInternalNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddInternalNoteMutation = { __typename?: 'Mutation', addInternalNote: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type TicketRowFieldsFragment = { __typename?: 'Ticket', id: string, reference: string, title: string, kind: TicketKind, priority: Priority, state: TicketState, channel: Channel, district: string, filedAt: string, replyDue: string | null, overdue: boolean, paused: boolean, problem: boolean, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null };

export type TicketDetailFieldsFragment = { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, reference: string, kind: TicketKind, priority: Priority, channel: Channel, state: TicketState, title: string, description: string, address: string, district: string, latitude: number | null, longitude: number | null, occurredAt: string | null, confidential: boolean, anonymous: boolean, filedAt: string, dispatchedAt: string | null, acceptedAt: string | null, repliedAt: string | null, closedAt: string | null, dispatchDue: string | null, acceptDue: string | null, replyDue: string | null, paused: boolean, overdue: boolean, extensionCount: number, redoCount: number, returnCount: number, departmentCount: number, problem: boolean, mergedIntoId: string | null, version: number, availableActions: Array<TicketAction>, category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string } | null, department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string } | null, contact: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean }, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, attachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }>, extensionRequests: Array<{ __typename?: 'ExtensionRequest', id: string, reason: string, requestedDue: string, decision: string, decisionNote: string | null, createdAt: string }> } };

export type TicketIdByReferenceQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type TicketIdByReferenceQuery = { __typename?: 'Query', ticketByReference: { __typename?: 'Ticket', id: string, reference: string, title: string } };

export type RevealIdentityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealIdentityMutation = { __typename?: 'Mutation', revealIdentity: { __typename?: 'Contact', name: string | null, email: string | null, phone: string | null, masked: boolean } };

export type TrackTicketQueryVariables = Exact<{
  reference: Scalars['String']['input'];
  trackingCode: Scalars['String']['input'];
}>;


export type TrackTicketQuery = { __typename?: 'Query', trackTicket: { __typename?: 'TrackedTicket', reference: string, state: TicketState, kind: TicketKind, title: string, filedAt: string, replyDue: string | null, repliedAt: string | null, closedAt: string | null, timeline: Array<{ __typename?: 'TimelineItem', messageKind: string | null, message: string | null, event: { __typename?: 'TicketEvent', id: string, kind: string, occurredAt: string, actorRole: string | null, details: unknown, seq: number | null } }>, publicAttachments: Array<{ __typename?: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number, public: boolean, url: string, messageId: string | null, createdAt: string }> } };

export type PublicStatsFieldsFragment = { __typename?: 'PublicStats', tickets: { __typename?: 'PublicCount', value: number | null, suppressed: boolean }, onTimeAcceptRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, onTimeReplyRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, medianReplyHours: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, resolutionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, satisfactionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean } };

export type TransparencyQueryVariables = Exact<{
  month: InputMaybe<Scalars['String']['input']>;
}>;


export type TransparencyQuery = { __typename?: 'Query', publicDepartmentStats: { __typename?: 'PublicDepartmentTable', month: string, minimumCount: number, rows: Array<{ __typename?: 'PublicDepartmentStats', department: { __typename?: 'Department', id: string, nameZh: string, nameEn: string }, stats: { __typename?: 'PublicStats', tickets: { __typename?: 'PublicCount', value: number | null, suppressed: boolean }, onTimeAcceptRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, onTimeReplyRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, medianReplyHours: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, resolutionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, satisfactionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean } } }> }, publicCategoryStats: { __typename?: 'PublicCategoryTable', month: string, minimumCount: number, rows: Array<{ __typename?: 'PublicCategoryStats', category: { __typename?: 'Category', id: string, nameZh: string, nameEn: string }, stats: { __typename?: 'PublicStats', tickets: { __typename?: 'PublicCount', value: number | null, suppressed: boolean }, onTimeAcceptRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, onTimeReplyRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, medianReplyHours: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, resolutionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean }, satisfactionRate: { __typename?: 'PublicValue', value: number | null, suppressed: boolean } } }> } };

export type PublicSlaQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicSlaQuery = { __typename?: 'Query', slaPolicy: { __typename?: 'SlaPolicyView', maxExtensions: number, entries: Array<{ __typename?: 'SlaEntry', kind: TicketKind, priority: Priority, dispatchWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, acceptWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, replyWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number } }>, returnWithin: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, maxExtension: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, reopenWindow: { __typename?: 'SlaTarget', basis: TargetBasis, value: number }, ratingWindow: { __typename?: 'SlaTarget', basis: TargetBasis, value: number } } };

export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const DashboardFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionOrders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTimeReply"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianReplyHours"}},{"kind":"Field","name":{"kind":"Name","value":"compositeScore"}}]}}]} as unknown as DocumentNode<DashboardFiguresFragment, unknown>;
export const SupervisionOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReference"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<SupervisionOrderFieldsFragment, unknown>;
export const TicketRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TicketRowFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const TicketDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketDetailFieldsFragment, unknown>;
export const PublicStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeAcceptRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeReplyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianReplyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<PublicStatsFieldsFragment, unknown>;
export const AdminDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminDepartmentsQuery, AdminDepartmentsQueryVariables>;
export const SaveDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SaveDepartmentMutation, SaveDepartmentMutationVariables>;
export const AdminCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}}]}}]} as unknown as DocumentNode<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const SaveCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SaveCategoryMutation, SaveCategoryMutationVariables>;
export const SetRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}}]}}]} as unknown as DocumentNode<SetRouteMutation, SetRouteMutationVariables>;
export const RemoveRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRouteMutation, RemoveRouteMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isDepartmentHead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isDepartmentHead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isDepartmentHead"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}]}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const CalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarsQuery, CalendarsQueryVariables>;
export const SetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const SetWorkingWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkingWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekly"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingPeriodInput"}}}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkingWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"weekly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekly"}}}]}]}}]} as unknown as DocumentNode<SetWorkingWeekMutation, SetWorkingWeekMutationVariables>;
export const SlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensions"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoRedoOnDissatisfied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yellowBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yellowFraction"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSecondPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionAfterRed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemRedos"}},{"kind":"Field","name":{"kind":"Name","value":"problemDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SlaPolicyQuery, SlaPolicyQueryVariables>;
export const UpdateSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxExtensions"}}]}}]}}]} as unknown as DocumentNode<UpdateSlaPolicyMutation, UpdateSlaPolicyMutationVariables>;
export const SetAttachmentPublicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAttachmentPublic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"public"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAttachmentPublic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"public"},"value":{"kind":"Variable","name":{"kind":"Name","value":"public"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetAttachmentPublicMutation, SetAttachmentPublicMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDepartmentHead"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const PossibleDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"textSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMetres"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const FileTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}}]}}]} as unknown as DocumentNode<FileTicketMutation, FileTicketMutationVariables>;
export const FollowedTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowedTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<FollowedTicketsQuery, FollowedTicketsQueryVariables>;
export const UnfollowTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfollowTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollowTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}]}}]} as unknown as DocumentNode<UnfollowTicketMutation, UnfollowTicketMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const TicketUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>;
export const QueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const MyTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MyTicketsQuery, MyTicketsQueryVariables>;
export const OversightDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scoped"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricsTotal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scoped"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"DEPARTMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openSupervisionOrders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metricTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scoped"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionOrders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTimeReply"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianReplyHours"}},{"kind":"Field","name":{"kind":"Name","value":"compositeScore"}}]}}]} as unknown as DocumentNode<OversightDashboardQuery, OversightDashboardQueryVariables>;
export const DepartmentRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"bottom"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatched"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentRankingQuery, DepartmentRankingQueryVariables>;
export const ProblemTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problemTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProblemTicketsQuery, ProblemTicketsQueryVariables>;
export const OverdueTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OverdueTicketsQuery, OverdueTicketsQueryVariables>;
export const SupervisionOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReference"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<SupervisionOrdersQuery, SupervisionOrdersQueryVariables>;
export const RespondToSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReference"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]} as unknown as DocumentNode<RespondToSupervisionMutation, RespondToSupervisionMutationVariables>;
export const TicketToSuperviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketToSupervise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<TicketToSuperviseQuery, TicketToSuperviseQueryVariables>;
export const IssueSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<IssueSupervisionMutation, IssueSupervisionMutationVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBadEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"firstBadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const IdentityViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityViewsQuery, IdentityViewsQueryVariables>;
export const DepartmentQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DepartmentQueueQuery, DepartmentQueueQueryVariables>;
export const RepeatMattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepeatMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repeatMatters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"handledSeparately"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RepeatMattersQuery, RepeatMattersQueryVariables>;
export const SearchTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SearchTicketsQuery, SearchTicketsQueryVariables>;
export const SimilarTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimilarTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMetres"}},{"kind":"Field","name":{"kind":"Name","value":"textSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<SimilarTicketsQuery, SimilarTicketsQueryVariables>;
export const FollowTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"followedAt"}}]}}]}}]} as unknown as DocumentNode<FollowTicketMutation, FollowTicketMutationVariables>;
export const DispatchTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DispatchTicketMutation, DispatchTicketMutationVariables>;
export const AcceptTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AcceptTicketMutation, AcceptTicketMutationVariables>;
export const ReturnTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReturnTicketMutation, ReturnTicketMutationVariables>;
export const RedispatchTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedispatchTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redispatchTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RedispatchTicketMutation, RedispatchTicketMutationVariables>;
export const UpholdDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpholdDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upholdDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpholdDispatchMutation, UpholdDispatchMutationVariables>;
export const AskResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"question"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AskResidentMutation, AskResidentMutationVariables>;
export const AnswerQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AnswerQuestionMutation, AnswerQuestionMutationVariables>;
export const RequestExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedDue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedDue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedDue"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const DecideExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DecideExtensionMutation, DecideExtensionMutationVariables>;
export const ReplyTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReplyTicketMutation, ReplyTicketMutationVariables>;
export const RateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"solved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Satisfaction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"solved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"solved"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfaction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RateTicketMutation, RateTicketMutationVariables>;
export const ReopenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const MergeTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MergeTicketMutation, MergeTicketMutationVariables>;
export const RefuseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RefuseTicketMutation, RefuseTicketMutationVariables>;
export const WithdrawTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawTicketMutation, WithdrawTicketMutationVariables>;
export const SuperviseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SuperviseTicketMutation, SuperviseTicketMutationVariables>;
export const AddInternalNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInternalNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddInternalNoteMutation, AddInternalNoteMutationVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDue"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"redoCount"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDue"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const TicketIdByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketIdByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TicketIdByReferenceQuery, TicketIdByReferenceQueryVariables>;
export const RevealIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<RevealIdentityMutation, RevealIdentityMutationVariables>;
export const TrackTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDue"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TrackTicketQuery, TrackTicketQueryVariables>;
export const TransparencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transparency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDepartmentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicStatsFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicCategoryStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicStatsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeAcceptRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeReplyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianReplyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<TransparencyQuery, TransparencyQueryVariables>;
export const PublicSlaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnWithin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensions"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PublicSlaQuery, PublicSlaQueryVariables>;