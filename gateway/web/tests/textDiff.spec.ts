import { describe, expect, it } from 'vitest'
import { diffText, tokens, visibleText } from '../src/views/review/textDiff'

describe('the narrative diff', () => {
  it('reads the visible text of rich text, a line per block', () => {
    expect(visibleText('<p>第一段&amp;</p><p>第二<strong>段</strong></p>')).toBe('第一段&\n第二段')
    expect(visibleText(null)).toBe('')
  })

  it('splits Chinese into characters and keeps Latin words and numbers whole', () => {
    expect(tokens('公开2722项 list')).toEqual(['公', '开', '2722', '项', ' ', 'list'])
  })

  it('marks what was removed and added, keeping the rest', () => {
    expect(diffText('已公开权责清单2700项', '已全面公开权责清单2722项')).toEqual([
      { kind: 'same', text: '已' },
      { kind: 'added', text: '全面' },
      { kind: 'same', text: '公开权责清单' },
      { kind: 'removed', text: '2700' },
      { kind: 'added', text: '2722' },
      { kind: 'same', text: '项' },
    ])
  })

  it('shows an unchanged text as one part and a new text as added', () => {
    expect(diffText('相同', '相同')).toEqual([{ kind: 'same', text: '相同' }])
    expect(diffText('', '新写的')).toEqual([{ kind: 'added', text: '新写的' }])
  })
})
