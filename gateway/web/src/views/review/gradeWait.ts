// The grade (优秀/良好/合格/不合格) is not part of the decision: the workflow engine grades an accepted report by its
// decision table (DMN) afterwards and review-service records it when the engine's ReportGraded arrives, a few seconds
// later. The review page asks again briefly instead of leaving the auditor to reload.
import type { Review } from '../../api/reviewTypes'

/** An accepted review without its grade yet: the engine will grade it. A returned report is never graded. */
export function gradePending(review: Review): boolean {
  const accepted = review.decision?.decision === 'ACCEPT' || review.decision?.decision === 'ACCEPT_WITH_FINDINGS'
  return review.status === 'DECIDED' && accepted && !(review.effectiveGrade ?? review.grade)
}

export interface GradeWait {
  /** How often to ask; the engine's step is asynchronous (job executor, then Kafka), usually done in seconds. */
  tries?: number
  intervalMs?: number
  sleep?: (ms: number) => Promise<void>
  /** True once the answer is no longer wanted (the page was left, another review opened). */
  cancelled?: () => boolean
}

export interface GradeWaitResult {
  /** The latest review fetched, or null when none was (cancelled first, or every call failed). */
  review: Review | null
  /** Whether the wait ended with nothing more to wait for (graded, or no longer gradable, e.g. withdrawn). */
  settled: boolean
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Fetches the review every `intervalMs` until it is no longer waiting for its grade, at most `tries` times; a failed
 * call counts as a try (the service may be restarting) rather than ending the wait.
 */
export async function waitForGrade(fetch: () => Promise<Review>, options: GradeWait = {}): Promise<GradeWaitResult> {
  const { tries = 15, intervalMs = 2000, sleep = pause, cancelled = () => false } = options
  let latest: Review | null = null
  for (let attempt = 0; attempt < tries; attempt++) {
    await sleep(intervalMs)
    if (cancelled()) {
      return { review: null, settled: false }
    }
    try {
      latest = await fetch()
    } catch {
      continue
    }
    if (!gradePending(latest)) {
      return { review: latest, settled: true }
    }
  }
  return { review: latest, settled: false }
}
