// The review-service's scoring and decision rules, checked in the browser first so the auditor sees every problem at
// once before sending; the service checks them again and its 422 is shown as it comes.
import type { DecisionRequest, FindingRequest, IndicatorScore, ReturnReason, ReviewDecision, RuleKind } from '../../api/reviewTypes'

/** Why a score cannot be sent: a key under `review.scoreError.*`, or null when it is fine. */
export type ScoreProblem = 'required' | 'notNumber' | 'negative' | 'aboveMax' | 'decimals' | null

export function scoreProblem(value: number | string | null | undefined, maxPoints: number): ScoreProblem {
  if (value === null || value === undefined || value === '') {
    return 'required'
  }
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(number)) {
    return 'notNumber'
  }
  if (number < 0) {
    return 'negative'
  }
  if (number > maxPoints) {
    return 'aboveMax'
  }
  // Two decimals at most, as the service stores them; compare in hundredths to avoid float noise (0.1 + 0.2).
  if (Math.abs(Math.round(number * 100) - number * 100) > 1e-6) {
    return 'decimals'
  }
  return null
}

/** The decision form as the auditor fills it. */
export interface DecisionDraft {
  decision: ReviewDecision | ''
  comment: string
  findings: FindingRequest[]
  returnReasons: ReturnReason[]
}

/** One thing that keeps the decision from being sent: a key under `review.decisionError.*` and what it concerns. */
export interface DecisionProblem {
  key: 'noDecision' | 'unscored' | 'noFindings' | 'findingsNotAllowed' | 'noReasons' | 'reasonsNotAllowed'
    | 'findingIncomplete' | 'findingPastDeadline' | 'reasonEmpty'
  index?: number
  code?: string
}

/**
 * Every problem of the decision draft against the review's scores; empty when it can be sent. `today` is YYYY-MM-DD;
 * `notApplicable` holds the indicators a scoring rule leaves unscored (不适用).
 */
export function decisionProblems(draft: DecisionDraft, scores: IndicatorScore[], today: string,
  notApplicable: ReadonlySet<string> = new Set()): DecisionProblem[] {
  const problems: DecisionProblem[] = []
  if (!draft.decision) {
    return [{ key: 'noDecision' }]
  }
  if (draft.decision !== 'RETURN') {
    for (const score of scores) {
      if ((score.score === null || score.score === undefined) && !notApplicable.has(score.indicatorId)) {
        problems.push({ key: 'unscored', code: score.code })
      }
    }
    if (draft.returnReasons.length > 0) {
      problems.push({ key: 'reasonsNotAllowed' })
    }
  }
  if (draft.decision === 'ACCEPT' && draft.findings.length > 0) {
    problems.push({ key: 'findingsNotAllowed' })
  }
  if (draft.decision === 'ACCEPT_WITH_FINDINGS') {
    if (draft.findings.length === 0) {
      problems.push({ key: 'noFindings' })
    }
    draft.findings.forEach((finding, index) => {
      if (!finding.indicatorId || !finding.description.trim() || !finding.requiredMeasures.trim() || !finding.deadline) {
        problems.push({ key: 'findingIncomplete', index })
      } else if (finding.deadline < today) {
        problems.push({ key: 'findingPastDeadline', index })
      }
    })
  }
  if (draft.decision === 'RETURN') {
    if (draft.findings.length > 0) {
      problems.push({ key: 'findingsNotAllowed' })
    }
    if (draft.returnReasons.length === 0) {
      problems.push({ key: 'noReasons' })
    }
    draft.returnReasons.forEach((reason, index) => {
      if (!reason.reason.trim()) {
        problems.push({ key: 'reasonEmpty', index })
      }
    })
  }
  return problems
}

/** The request body: only what the chosen decision takes, texts trimmed, a whole-report reason without an indicator. */
export function decisionRequest(draft: DecisionDraft): DecisionRequest {
  const decision = draft.decision as ReviewDecision
  return {
    decision,
    comment: draft.comment.trim() || undefined,
    findings: decision === 'ACCEPT_WITH_FINDINGS'
      ? draft.findings.map((finding) => ({
          ...finding,
          description: finding.description.trim(),
          requiredMeasures: finding.requiredMeasures.trim(),
        }))
      : [],
    returnReasons: decision === 'RETURN'
      ? draft.returnReasons.map((reason) => ({ indicatorId: reason.indicatorId || undefined, reason: reason.reason.trim() }))
      : [],
  }
}

/** Today in the offices' time zone (Asia/Shanghai), as the service judges deadlines. */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
}

/** What the auditor enters for an indicator's scoring rule, as review-service's inputs endpoint takes it. */
export function inputFields(kind: RuleKind | undefined): ('occurrences' | 'metricValue' | 'vetoed')[] {
  switch (kind) {
    case 'DEDUCTION':
    case 'BONUS':
      return ['occurrences']
    case 'THRESHOLD':
      return ['metricValue']
    case 'VETO':
      return ['vetoed']
    default:
      return []
  }
}

/** A score other than the rule's suggestion needs a reason (the service refuses it without one). */
export function needsOverrideReason(score: number | null | undefined, suggestion: number | null | undefined): boolean {
  if (score === null || score === undefined || suggestion === null || suggestion === undefined) {
    return false
  }
  return Math.round(Number(score) * 100) !== Math.round(Number(suggestion) * 100)
}
