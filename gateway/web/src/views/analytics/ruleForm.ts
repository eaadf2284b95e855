// The scoring rules editor's form: one draft per indicator of the campaign, the request review-service publishes
// (only the parameters each kind uses: the service refuses any other), the checks it makes before sending, and the
// service's 422 field errors (`rules[2].bands`) put back beside the indicator they belong to.
import type { FieldError } from '../../api/problem'
import { pick } from '../../api/problem'
import type { RuleSet } from '../../api/analyticsTypes'
import type { MetricRequirement } from '../../api/types'
import type { RuleKind, ScoringRule } from '../../api/reviewTypes'

/** A campaign indicator as the editor lists it (from the framework, limited to the indicators the campaign assigns). */
export interface RuleIndicator {
  indicatorId: string
  code: string
  aspectTitle: string
  title: string
  maxPoints: number
  metrics: MetricRequirement[]
  /** The framework's scoring text, offered as the rule's text. */
  scoringRule?: string
}

/** `NONE`: no rule, the auditor scores the indicator directly. */
export type DraftKind = RuleKind | 'NONE'

export interface BandDraft {
  below: number | null
  deduction: number | null
}

export interface RuleDraft {
  indicatorId: string
  kind: DraftKind
  text: string
  perOccurrence: number | null
  occurrenceLabel: string
  vetoCondition: string
  metricCode: string
  bands: BandDraft[]
}

export interface RuleSetRequest {
  bonusCap: number | null
  rules: ScoringRule[]
}

/** Field errors keyed `<indicatorId>.<field>` (or `bonusCap`), each a list of i18n keys or server texts. */
export type FieldErrors = Record<string, string[]>

export function emptyDraft(indicatorId: string): RuleDraft {
  return { indicatorId, kind: 'NONE', text: '', perOccurrence: null, occurrenceLabel: '', vetoCondition: '', metricCode: '', bands: [] }
}

/** The drafts for the editor: the rules in force where there are some, else no rule. */
export function draftsFrom(indicators: RuleIndicator[], current: RuleSet | null): RuleDraft[] {
  return indicators.map((indicator) => {
    const rule = current?.rules.find((candidate) => candidate.indicatorId === indicator.indicatorId)
    if (!rule) {
      return emptyDraft(indicator.indicatorId)
    }
    return {
      indicatorId: rule.indicatorId,
      kind: rule.kind,
      text: rule.text ?? '',
      perOccurrence: rule.perOccurrence ?? null,
      occurrenceLabel: rule.occurrenceLabel ?? '',
      vetoCondition: rule.vetoCondition ?? '',
      metricCode: rule.metricCode ?? '',
      bands: (rule.bands ?? []).map((band) => ({ below: Number(band.below), deduction: Number(band.deduction) })),
    }
  })
}

function counts(kind: DraftKind): boolean {
  return kind === 'DEDUCTION' || kind === 'BONUS'
}

function trimmed(text: string): string | null {
  const value = text.trim()
  return value ? value : null
}

/** The complete rule set to publish: indicators without a rule are left out, each rule carries only what its kind uses. */
export function toRequest(drafts: RuleDraft[], bonusCap: number | null): RuleSetRequest {
  const rules = drafts.filter((draft) => draft.kind !== 'NONE').map((draft): ScoringRule => ({
    indicatorId: draft.indicatorId,
    kind: draft.kind as RuleKind,
    text: trimmed(draft.text),
    perOccurrence: counts(draft.kind) ? draft.perOccurrence : null,
    occurrenceLabel: counts(draft.kind) ? trimmed(draft.occurrenceLabel) : null,
    vetoCondition: draft.kind === 'VETO' ? trimmed(draft.vetoCondition) : null,
    metricCode: draft.kind === 'THRESHOLD' ? trimmed(draft.metricCode) : null,
    bands: draft.kind === 'THRESHOLD'
      ? draft.bands.map((band) => ({ below: band.below as number, deduction: band.deduction as number }))
      : [],
  }))
  const anyBonus = rules.some((rule) => rule.kind === 'BONUS')
  return { bonusCap: anyBonus ? bonusCap : null, rules }
}

function add(errors: FieldErrors, key: string, message: string) {
  ;(errors[key] ??= []).push(message)
}

/**
 * The checks review-service makes that the form can make first (keys of `scoringRules.invalid.*`): the parameters
 * each kind needs, a metric the indicator asks for, bands that deduct no more than the points. The service checks
 * again and has the last word.
 */
export function validate(drafts: RuleDraft[], indicators: RuleIndicator[], bonusCap: number | null): FieldErrors {
  const errors: FieldErrors = {}
  for (const draft of drafts) {
    const indicator = indicators.find((candidate) => candidate.indicatorId === draft.indicatorId)
    const at = `${draft.indicatorId}.`
    if (counts(draft.kind) && !(draft.perOccurrence !== null && draft.perOccurrence > 0)) {
      add(errors, `${at}perOccurrence`, 'scoringRules.invalid.perOccurrence')
    }
    if (draft.kind === 'VETO' && !draft.vetoCondition.trim()) {
      add(errors, `${at}vetoCondition`, 'scoringRules.invalid.vetoCondition')
    }
    if (draft.kind === 'THRESHOLD') {
      if (!draft.metricCode.trim()) {
        add(errors, `${at}metricCode`, 'scoringRules.invalid.metricCode')
      } else if (indicator && !indicator.metrics.some((metric) => metric.code === draft.metricCode)) {
        add(errors, `${at}metricCode`, 'scoringRules.invalid.metricUnknown')
      }
      if (draft.bands.length === 0) {
        add(errors, `${at}bands`, 'scoringRules.invalid.bands')
      }
      draft.bands.forEach((band, index) => {
        if (band.below === null || band.below < 0) {
          add(errors, `${at}bands[${index}].below`, 'scoringRules.invalid.below')
        }
        if (band.deduction === null || band.deduction <= 0) {
          add(errors, `${at}bands[${index}].deduction`, 'scoringRules.invalid.deduction')
        } else if (indicator && band.deduction > indicator.maxPoints) {
          add(errors, `${at}bands[${index}].deduction`, 'scoringRules.invalid.deductionAbovePoints')
        }
      })
    }
  }
  if (drafts.some((draft) => draft.kind === 'BONUS') && bonusCap !== null && bonusCap < 0) {
    add(errors, 'bonusCap', 'scoringRules.invalid.bonusCap')
  }
  return errors
}

const RULE_FIELD = /^rules\[(\d+)]\.(.+)$/

/**
 * The service's field errors beside the fields of the request that was sent: `rules[i].<field>` names the i-th rule
 * of that request, so it becomes `<its indicatorId>.<field>`; anything else keeps its name (`bonusCap`).
 */
export function serverErrors(errors: FieldError[] | undefined, sent: RuleSetRequest, locale: string): FieldErrors {
  const result: FieldErrors = {}
  for (const error of errors ?? []) {
    const message = pick(error.message, locale) ?? ''
    const match = error.field ? RULE_FIELD.exec(error.field) : null
    const rule = match ? sent.rules[Number(match[1])] : undefined
    const key = match && rule ? `${rule.indicatorId}.${match[2]}` : (error.field ?? '')
    add(result, key, message)
  }
  return result
}

/** The errors of one indicator's rule (its own fields and its bands'), for the badge on its row. */
export function errorsOf(errors: FieldErrors, indicatorId: string): number {
  return Object.entries(errors).filter(([key]) => key.startsWith(`${indicatorId}.`)).reduce((sum, [, list]) => sum + list.length, 0)
}

/** A short summary of a rule for the indicator list: the kind and its main parameter. */
export function summary(draft: RuleDraft): { kind: DraftKind; detail: string } {
  switch (draft.kind) {
    case 'DEDUCTION':
    case 'BONUS':
      return { kind: draft.kind, detail: draft.perOccurrence === null ? '' : `${draft.kind === 'BONUS' ? '+' : '−'}${draft.perOccurrence}` }
    case 'THRESHOLD':
      return { kind: draft.kind, detail: draft.metricCode }
    default:
      return { kind: draft.kind, detail: '' }
  }
}
