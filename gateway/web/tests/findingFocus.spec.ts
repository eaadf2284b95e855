import { describe, expect, it } from 'vitest'
import type { Finding } from '../src/api/reviewTypes'
import { shownFinding } from '../src/views/review/findingFocus'

const finding = (id: string, status: Finding['status']) => ({ id, status } as Finding)

describe('the finding open in the drawer', () => {
  const answered = [finding('f1', 'ANSWERED'), finding('f2', 'ANSWERED')]

  it('is the list’s row while the filter shows it', () => {
    expect(shownFinding(answered, 'f2', null)).toBe(answered[1])
    expect(shownFinding(answered, 'f2', finding('f2', 'CLOSED'))).toBe(answered[1])
  })

  it('stays open with its new state after 销号 moved it out of the filter', () => {
    const closed = finding('f1', 'CLOSED')
    expect(shownFinding([answered[1]], 'f1', closed)).toBe(closed)
  })

  it('is none when nothing is focused or the focused one is neither listed nor fetched', () => {
    expect(shownFinding(answered, null, finding('f1', 'CLOSED'))).toBeNull()
    expect(shownFinding(answered, 'f9', finding('f1', 'CLOSED'))).toBeNull()
    expect(shownFinding(null, 'f1', null)).toBeNull()
  })
})
