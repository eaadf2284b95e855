// The shapes review-service, submission-service (versions, diff) and workflows (timeline) answer the auditors' screens with.

export type ReviewStatus = 'UNCLAIMED' | 'CLAIMED' | 'DECIDED' | 'WITHDRAWN'
export type ReviewDecision = 'ACCEPT' | 'ACCEPT_WITH_FINDINGS' | 'RETURN'
export type Grade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL'
export type FindingSeverity = 'GENERAL' | 'SERIOUS' | 'SEVERE'
export type FindingStatus = 'OPEN' | 'ANSWERED' | 'CLOSED'
export type VerificationStatus = 'PENDING' | 'CLOSED' | 'REJECTED' | 'SUPERSEDED'
export type QueueFilter = 'unclaimed' | 'mine' | 'all'

/** A number as the services send it (BigDecimal: a JSON number). */
export type Decimal = number

/** What the queue and a review both say of it: which report version, whose, and where it stands. */
export interface ReviewHead {
  id: string
  assignmentId: string
  reportId: string
  reportVersion: number
  campaignId: string
  campaignTitle: string
  departmentCode: string
  departmentName: string
  status: ReviewStatus
  openedAt: string
}

export interface ReviewSummary extends ReviewHead {
  claimedByUsername?: string | null
  claimedByName?: string | null
  claimedAt?: string | null
  decision?: ReviewDecision | null
  totalScore?: Decimal | null
  maxScore?: Decimal | null
  grade?: Grade | null
}

export interface IndicatorScore {
  indicatorId: string
  code: string
  aspectTitle?: string
  title: string
  maxPoints: Decimal
  input?: ScoringInput | null
  score?: Decimal | null
  comment?: string | null
  overriddenSuggestion?: Decimal | null
  overrideReason?: string | null
}

export interface ReturnReason {
  indicatorId?: string | null
  reason: string
}

export interface Finding {
  id: string
  noticeNumber: string
  reviewId: string
  assignmentId: string
  reportId: string
  reportVersion: number
  campaignTitle: string
  departmentCode: string
  departmentName: string
  indicatorId: string
  indicatorCode: string
  indicatorTitle: string
  severity: FindingSeverity
  description: string
  requiredMeasures: string
  deadline: string
  status: FindingStatus
  issuedAt: string
  closedAt?: string | null
}

export interface Review extends ReviewHead {
  claimedBy?: { username: string; name?: string } | null
  claimedAt?: string | null
  scores: IndicatorScore[]
  totalScore: Decimal
  maxScore: Decimal
  decision?: { decision: ReviewDecision; comment?: string; returnReasons: ReturnReason[]; decidedAt: string } | null
  grade?: Grade | null
  /** The grade that stands: 不合格 when a veto was triggered, whatever the total. */
  effectiveGrade?: Grade | null
  vetoed?: boolean
  /** The total on the full points of every indicator, when not-applicable ones were left out of the maximum. */
  rescaledTotal?: Decimal | null
  fullMaxScore?: Decimal | null
  findings: Finding[]
  previousReview?: {
    id: string
    reportVersion: number
    decision: ReviewDecision
    totalScore: Decimal
    maxScore: Decimal
    returnReasons: ReturnReason[]
  } | null
}

export interface FindingRequest {
  indicatorId: string
  severity: FindingSeverity
  description: string
  requiredMeasures: string
  deadline: string
}

export interface DecisionRequest {
  decision: ReviewDecision
  comment?: string
  findings: FindingRequest[]
  returnReasons: ReturnReason[]
}

export interface Verification {
  id: string
  findingId: string
  assignmentId: string
  answerId: string
  answerVersion: number
  status: VerificationStatus
  openedAt: string
  reason?: string | null
  verifiedByUsername?: string | null
  verifiedByName?: string | null
  verifiedAt?: string | null
}

export interface RectificationAnswer {
  id: string
  number: number
  measures: string
  submittedAt: string
  submitter?: TimelineActor | null
  approver?: TimelineActor | null
}

/** A department's rectification of one finding (submission-service): the approved answers the auditor verifies. */
export interface Rectification {
  id: string
  reportId: string
  assignmentId: string
  departmentCode: string
  finding: { findingId: string; noticeNumber: string; indicatorId: string; severity: FindingSeverity; description: string; requiredMeasures: string; deadline: string }
  status: string
  measures?: string | null
  verificationRejection?: string | null
  answers: RectificationAnswer[]
}

export interface VersionFieldChange {
  field: string
  before?: string | null
  after?: string | null
}

export interface VersionDiff {
  from: number
  to: number
  fields: VersionFieldChange[]
  sections: {
    sectionId: string
    title: string
    indicatorCode?: string | null
    narrative?: VersionFieldChange | null
    metrics: { code: string; label: string; unit?: string | null; before: unknown; after: unknown }[]
  }[]
}

export interface TimelineActor {
  userId?: string
  username?: string
  displayName?: string
  role?: string
  departmentCode?: string
}

export interface TimelineEntry {
  seq: number
  messageId: string
  type: string
  kind: 'EVENT' | 'COMMAND'
  source: string
  occurredAt: string
  recordedAt: string
  actor?: TimelineActor | null
  summary: { zh: string; en: string }
  reportVersion?: number | null
  versionLink?: string | null
  noticeNumbers?: string[] | null
  stageBefore?: string | null
  stageAfter?: string | null
  details?: unknown
  hash: string
}

export interface Timeline {
  assignmentId: string
  departmentCode: string
  verified: boolean
  brokenAtSeq?: number | null
  engine?: { stage?: string | null; timelineStage?: string | null; consistent: boolean } | null
  entries: TimelineEntry[]
}

/** One process instance of a report's lifecycle (the lifecycle, a finding's rectification, a deadline's watch). */
export interface DiagramInstance {
  processInstanceId: string
  processKey: string
  processDefinitionId: string
  findingId?: string | null
  deadlineKind?: string | null
  ended: boolean
  completedActivityIds: string[]
  activeActivityIds: string[]
}

/** The workflow engine's picture of a report: its instances and each definition's BPMN XML. */
export interface LifecycleDiagram {
  lifecycle: DiagramInstance
  rectifications: DiagramInstance[]
  deadlines: DiagramInstance[]
  bpmnXml: Record<string, string>
}

export type RuleKind = 'DEDUCTION' | 'BONUS' | 'VETO' | 'NOT_APPLICABLE' | 'THRESHOLD'

export interface ScoringRule {
  indicatorId: string
  kind: RuleKind
  text?: string | null
  perOccurrence?: Decimal | null
  occurrenceLabel?: string | null
  vetoCondition?: string | null
  metricCode?: string | null
  bands: { below: Decimal; deduction: Decimal }[]
}

export interface ScoringInput {
  occurrences?: number | null
  metricValue?: Decimal | null
  vetoed?: boolean | null
}

/** One step of a suggestion or of the totals, in both languages. */
export interface TraceLine {
  zh: string
  en: string
}

export interface IndicatorScoring {
  indicatorId: string
  code: string
  title: string
  maxPoints: Decimal
  rule?: ScoringRule | null
  input?: ScoringInput | null
  suggestion: { score?: Decimal | null; applicable: boolean; veto: boolean; trace: TraceLine[] }
  score?: Decimal | null
  overridden: boolean
  overriddenSuggestion?: Decimal | null
  overrideReason?: string | null
}

/** "Explain this score": the rule version, per indicator the rule, inputs and suggestion, and the totals. */
export interface ReviewScoring {
  reviewId: string
  ruleVersion?: number | null
  bonusCap?: Decimal | null
  indicators: IndicatorScoring[]
  totals: {
    totalScore: Decimal
    maxScore: Decimal
    fullMaxScore: Decimal
    rescaledTotal: Decimal
    bonusBeforeCap: Decimal
    bonus: Decimal
    vetoed: boolean
    trace: TraceLine[]
  }
}

/** How rectification stands for a set of findings (review-service statistics). */
export interface RectificationStats {
  found: number
  rectified: number
  inProgress: number
  overdue: number
  /** Percent, null while nothing was found. */
  closureRate?: Decimal | null
  averageDaysToClose?: Decimal | null
}

export interface CampaignReviewStatistics {
  campaignId: string
  campaignTitle: string
  period?: string | null
  ranking: { rank: number; departmentCode: string; departmentName: string; totalScore: Decimal; maxScore: Decimal; percentage: Decimal; grade?: string | null }[]
  grades: Record<string, number>
  findingsByAspectAndSeverity: { aspect: string; severity: FindingSeverity; count: number }[]
  rectification: RectificationStats
  rectificationByDepartment: Record<string, RectificationStats>
}
