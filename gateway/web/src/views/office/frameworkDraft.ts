// The indicator framework as the office edits it in the tree editor: plain objects with a local key per node (the tree
// needs one before the service assigns ids), the edits the editor offers, the rules the service enforces, and the
// request body (FrameworkDraft in assignment-service).
import type { Framework, MetricKind } from '../../api/types'

export interface MetricDraft {
  code: string
  label: string
  kind: MetricKind
  unit: string
}

export interface ItemDraft {
  key: string
  code: string
  title: string
  requirement: string
  maxPoints: number | null
  scoringRule: string
  metrics: MetricDraft[]
  expectedEvidence: string
  leadUnit: string
  coUnits: string[]
}

export interface AspectDraft {
  key: string
  code: string
  title: string
  items: ItemDraft[]
}

export interface FrameworkDraft {
  name: string
  year: number
  description: string
  aspects: AspectDraft[]
}

let counter = 0
function newKey(prefix: string): string {
  counter += 1
  return `${prefix}-${counter}`
}

export function emptyItem(code: string): ItemDraft {
  return {
    key: newKey('item'), code, title: '', requirement: '', maxPoints: null, scoringRule: '', metrics: [],
    expectedEvidence: '', leadUnit: '', coUnits: [],
  }
}

export function emptyAspect(code: string): AspectDraft {
  return { key: newKey('aspect'), code, title: '', items: [emptyItem(`${code}.1`)] }
}

export function emptyFramework(year: number): FrameworkDraft {
  return { name: '', year, description: '', aspects: [emptyAspect('1')] }
}

/** An existing framework as a draft (to edit a draft framework, or to start a new one from a used one). */
export function draftOf(framework: Framework): FrameworkDraft {
  return {
    name: framework.name,
    year: framework.year,
    description: framework.description ?? '',
    aspects: framework.aspects.map((aspect) => ({
      key: newKey('aspect'),
      code: aspect.code,
      title: aspect.title,
      items: aspect.items.map((item) => ({
        key: newKey('item'),
        code: item.code,
        title: item.title,
        requirement: item.requirement ?? '',
        maxPoints: Number(item.maxPoints),
        scoringRule: item.scoringRule ?? '',
        metrics: item.metrics.map((metric) => ({ code: metric.code, label: metric.label, kind: metric.kind, unit: metric.unit ?? '' })),
        expectedEvidence: item.expectedEvidence ?? '',
        leadUnit: item.leadUnit,
        coUnits: [...item.coUnits],
      })),
    })),
  }
}

/** The next free code after the last one ("3" → "4", "3.2" → "3.3"), or the fallback when it ends in no number. */
export function nextCode(codes: string[], fallback: string): string {
  const last = codes[codes.length - 1]
  const match = last?.match(/^(.*?)(\d+)$/)
  if (!match) {
    return fallback
  }
  let number = Number(match[2]) + 1
  while (codes.includes(`${match[1]}${number}`)) {
    number++
  }
  return `${match[1]}${number}`
}

export function addAspect(draft: FrameworkDraft): AspectDraft {
  const aspect = emptyAspect(nextCode(draft.aspects.map((candidate) => candidate.code), String(draft.aspects.length + 1)))
  draft.aspects.push(aspect)
  return aspect
}

export function addItem(aspect: AspectDraft): ItemDraft {
  const item = emptyItem(nextCode(aspect.items.map((candidate) => candidate.code), `${aspect.code}.${aspect.items.length + 1}`))
  aspect.items.push(item)
  return item
}

/** Removes the aspect or item with this key; false when there is none. */
export function removeNode(draft: FrameworkDraft, key: string): boolean {
  const aspectIndex = draft.aspects.findIndex((aspect) => aspect.key === key)
  if (aspectIndex >= 0) {
    draft.aspects.splice(aspectIndex, 1)
    return true
  }
  for (const aspect of draft.aspects) {
    const itemIndex = aspect.items.findIndex((item) => item.key === key)
    if (itemIndex >= 0) {
      aspect.items.splice(itemIndex, 1)
      return true
    }
  }
  return false
}

/** Moves the aspect or item one place up (-1) or down (+1) among its siblings; false at either end. */
export function moveNode(draft: FrameworkDraft, key: string, offset: -1 | 1): boolean {
  const lists: { key: string }[][] = [draft.aspects, ...draft.aspects.map((aspect) => aspect.items)]
  for (const list of lists) {
    const index = list.findIndex((node) => node.key === key)
    if (index >= 0) {
      const target = index + offset
      if (target < 0 || target >= list.length) {
        return false
      }
      const [node] = list.splice(index, 1)
      list.splice(target, 0, node)
      return true
    }
  }
  return false
}

export function totalPoints(draft: FrameworkDraft): number {
  const hundredths = draft.aspects
    .flatMap((aspect) => aspect.items)
    .reduce((sum, item) => sum + Math.round((item.maxPoints ?? 0) * 100), 0)
  return hundredths / 100
}

/** A rule the draft breaks: a key under `frameworkEditor.problem.*`, the node it concerns (to select it), and values. */
export interface DraftProblem {
  key: string
  nodeKey?: string
  values?: Record<string, string | number>
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/
const METRIC_CODE = /^[a-z][a-zA-Z0-9_]{0,39}$/

/** Every rule of assignment-service's FrameworkDraft the editor can check before saving, in tree order. */
export function draftProblems(draft: FrameworkDraft): DraftProblem[] {
  const problems: DraftProblem[] = []
  if (!draft.name.trim()) {
    problems.push({ key: 'nameRequired' })
  }
  if (!Number.isInteger(draft.year) || draft.year < 2000 || draft.year > 2100) {
    problems.push({ key: 'yearRange' })
  }
  if (draft.aspects.length === 0) {
    problems.push({ key: 'noAspects' })
  }
  const codes = new Set<string>()
  const checkCode = (code: string, nodeKey: string) => {
    if (!CODE.test(code)) {
      problems.push({ key: 'codeFormat', nodeKey, values: { code } })
    } else if (codes.has(code)) {
      problems.push({ key: 'codeDuplicate', nodeKey, values: { code } })
    }
    codes.add(code)
  }
  for (const aspect of draft.aspects) {
    checkCode(aspect.code, aspect.key)
    if (!aspect.title.trim()) {
      problems.push({ key: 'titleRequired', nodeKey: aspect.key, values: { code: aspect.code } })
    }
    if (aspect.items.length === 0) {
      problems.push({ key: 'noItems', nodeKey: aspect.key, values: { code: aspect.code } })
    }
    for (const item of aspect.items) {
      const values = { code: item.code }
      checkCode(item.code, item.key)
      if (!item.title.trim()) {
        problems.push({ key: 'titleRequired', nodeKey: item.key, values })
      }
      if (!item.requirement.trim()) {
        problems.push({ key: 'requirementRequired', nodeKey: item.key, values })
      }
      if (!item.scoringRule.trim()) {
        problems.push({ key: 'scoringRuleRequired', nodeKey: item.key, values })
      }
      if (item.maxPoints === null || !(item.maxPoints > 0) || Math.round(item.maxPoints * 100) !== item.maxPoints * 100) {
        problems.push({ key: 'pointsPositive', nodeKey: item.key, values })
      }
      if (!item.leadUnit) {
        problems.push({ key: 'leadRequired', nodeKey: item.key, values })
      } else if (item.coUnits.includes(item.leadUnit)) {
        problems.push({ key: 'coUnitIsLead', nodeKey: item.key, values })
      }
      const metricCodes = new Set<string>()
      for (const metric of item.metrics) {
        if (!METRIC_CODE.test(metric.code)) {
          problems.push({ key: 'metricCodeFormat', nodeKey: item.key, values: { ...values, metric: metric.code } })
        } else if (metricCodes.has(metric.code)) {
          problems.push({ key: 'metricCodeDuplicate', nodeKey: item.key, values: { ...values, metric: metric.code } })
        }
        metricCodes.add(metric.code)
        if (!metric.label.trim()) {
          problems.push({ key: 'metricLabelRequired', nodeKey: item.key, values: { ...values, metric: metric.code } })
        }
      }
    }
  }
  return problems
}

/** The request body for POST /api/frameworks and PUT /api/frameworks/{id}: texts trimmed, empty optionals left out. */
export function draftRequest(draft: FrameworkDraft) {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined)
  return {
    name: draft.name.trim(),
    year: draft.year,
    description: optional(draft.description),
    aspects: draft.aspects.map((aspect) => ({
      code: aspect.code.trim(),
      title: aspect.title.trim(),
      items: aspect.items.map((item) => ({
        code: item.code.trim(),
        title: item.title.trim(),
        requirement: item.requirement.trim(),
        maxPoints: item.maxPoints,
        scoringRule: item.scoringRule.trim(),
        metrics: item.metrics.map((metric) => ({
          code: metric.code.trim(),
          label: metric.label.trim(),
          kind: metric.kind,
          unit: optional(metric.unit),
        })),
        expectedEvidence: optional(item.expectedEvidence),
        leadUnit: item.leadUnit,
        coUnits: item.coUnits,
      })),
    })),
  }
}
