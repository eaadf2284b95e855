// The difference between two versions' narratives, word by word for Latin text and character by character for
// Chinese, so the auditor sees exactly what the department changed. The service gives the sanitized HTML before and
// after; comparing the visible text keeps markup changes from drowning the real ones.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** The visible text of sanitized rich text: block ends become line breaks, entities are decoded. */
export function visibleText(html: string | null | undefined): string {
  if (!html) {
    return ''
  }
  const withBreaks = html.replace(/<\/(p|div|li|h[1-6]|tr)>|<br\s*\/?>/gi, '\n')
  const document = new DOMParser().parseFromString(withBreaks, 'text/html')
  return (document.body.textContent ?? '').replace(/\n{2,}/g, '\n').trim()
}

/** Han characters one by one, Latin words and numbers whole, whitespace and punctuation one by one. */
export function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9_.%-]+|\s|./gu) ?? []
}

// Above this many token pairs the table would cost too much memory; the whole text is then shown as replaced.
const MAX_CELLS = 4_000_000

/** The shortest edit between the two texts (longest common subsequence), with neighbouring parts of a kind merged. */
export function diffText(before: string, after: string): DiffPart[] {
  const a = tokens(before)
  const b = tokens(after)
  // Common head and tail cost nothing to keep and shrink the table.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++
  }
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const parts: DiffPart[] = []
  push(parts, 'same', a.slice(0, start).join(''))
  const middleA = a.slice(start, endA)
  const middleB = b.slice(start, endB)
  if ((middleA.length + 1) * (middleB.length + 1) > MAX_CELLS) {
    push(parts, 'removed', middleA.join(''))
    push(parts, 'added', middleB.join(''))
  } else {
    for (const part of lcsDiff(middleA, middleB)) {
      push(parts, part.kind, part.text)
    }
  }
  push(parts, 'same', a.slice(endA).join(''))
  return parts
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const width = b.length + 1
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j]
        ? lengths[(i + 1) * width + j + 1] + 1
        : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
    }
  }
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] })
      i++
      j++
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      parts.push({ kind: 'removed', text: a[i++] })
    } else {
      parts.push({ kind: 'added', text: b[j++] })
    }
  }
  while (i < a.length) {
    parts.push({ kind: 'removed', text: a[i++] })
  }
  while (j < b.length) {
    parts.push({ kind: 'added', text: b[j++] })
  }
  return parts
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  if (!text) {
    return
  }
  const last = parts[parts.length - 1]
  if (last && last.kind === kind) {
    last.text += text
  } else {
    parts.push({ kind, text })
  }
}
