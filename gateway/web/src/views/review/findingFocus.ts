// The finding open in the findings screen's drawer: the list's row while the filter shows it, otherwise the copy
// fetched after the auditor's 销号 or 退回 (which moves it out of a filter such as 待核验), so the drawer stays open.
import type { Finding } from '../../api/reviewTypes'

export function shownFinding(list: readonly Finding[] | null, focus: string | null, pinned: Finding | null): Finding | null {
  if (!focus) {
    return null
  }
  return list?.find((finding) => finding.id === focus) ?? (pinned?.id === focus ? pinned : null)
}
