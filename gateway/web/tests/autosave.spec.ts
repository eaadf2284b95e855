import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../src/api/client'
import { createAutosave } from '../src/department/autosave'

interface Saved {
  value: string
  version: number
}

function stale(currentVersion: number) {
  return new ApiError(409, {
    code: 'stale-version',
    currentVersion,
    modifiedBy: '李娜',
    modifiedAt: '2026-11-23T06:00:00Z',
  }, { title: '已被他人修改', detail: '李娜 于 14:00 保存了新的内容', fields: [] })
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once after the user pauses, with the version it edited, and says when', async () => {
    const saved: Saved[] = []
    const autosave = createAutosave<string>({
      version: 3,
      delay: 1000,
      now: () => new Date('2026-11-23T06:30:00Z'),
      save: async (value, version) => {
        saved.push({ value, version })
        return version + 1
      },
    })

    autosave.change('a')
    autosave.change('ab')
    expect(autosave.state.status).toBe('pending')
    await vi.advanceTimersByTimeAsync(999)
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1)

    expect(saved).toEqual([{ value: 'ab', version: 3 }])
    expect(autosave.state.status).toBe('saved')
    expect(autosave.state.version).toBe(4)
    expect(autosave.state.savedAt).toEqual(new Date('2026-11-23T06:30:00Z'))
    expect(autosave.state.unsaved).toBeNull()
  })

  it('saves again what was typed while a save was under way, with the new version', async () => {
    const saved: Saved[] = []
    let release: () => void = () => {}
    const autosave = createAutosave<string>({
      version: 0,
      delay: 10,
      save: (value, version) => {
        saved.push({ value, version })
        return new Promise((resolve) => {
          release = () => resolve(version + 1)
        })
      },
    })

    autosave.change('first')
    await vi.advanceTimersByTimeAsync(10)
    autosave.change('first and more')
    release()
    await vi.advanceTimersByTimeAsync(0)
    release()
    await vi.advanceTimersByTimeAsync(10)

    expect(saved).toEqual([{ value: 'first', version: 0 }, { value: 'first and more', version: 1 }])
    expect(autosave.state.status).toBe('saved')
    expect(autosave.state.version).toBe(2)
  })

  it('stops on a conflict and keeps the user’s text, then overwrites with the other version’s number', async () => {
    const saved: Saved[] = []
    let conflict = true
    const autosave = createAutosave<string>({
      version: 1,
      delay: 10,
      save: async (value, version) => {
        saved.push({ value, version })
        if (conflict) {
          throw stale(5)
        }
        return version + 1
      },
    })

    autosave.change('mine')
    await vi.advanceTimersByTimeAsync(10)

    expect(autosave.state.status).toBe('conflict')
    expect(autosave.state.unsaved).toBe('mine')
    expect(autosave.state.conflict).toMatchObject({ modifiedBy: '李娜', currentVersion: 5, title: '已被他人修改' })

    // Typing on during the conflict saves nothing until the user chooses, and loses nothing.
    autosave.change('mine, longer')
    await vi.advanceTimersByTimeAsync(100)
    expect(saved).toHaveLength(1)
    expect(autosave.state.unsaved).toBe('mine, longer')

    conflict = false
    await autosave.overwrite()

    expect(saved[1]).toEqual({ value: 'mine, longer', version: 5 })
    expect(autosave.state.status).toBe('saved')
    expect(autosave.state.version).toBe(6)
    expect(autosave.state.conflict).toBeNull()
  })

  it('hands the user’s text back when they take the other version, and goes on from that version', async () => {
    const saved: Saved[] = []
    const autosave = createAutosave<string>({
      version: 1,
      delay: 10,
      save: async (value, version) => {
        saved.push({ value, version })
        if (version === 1) {
          throw stale(2)
        }
        return version + 1
      },
    })
    autosave.change('mine')
    await vi.advanceTimersByTimeAsync(10)

    expect(autosave.acceptTheirs(2)).toBe('mine')
    expect(autosave.state.status).toBe('idle')

    autosave.change('theirs, edited')
    await vi.advanceTimersByTimeAsync(10)
    expect(saved[1]).toEqual({ value: 'theirs, edited', version: 2 })
  })

  it('shows any other failure, keeps the text and tries again on the next change', async () => {
    let fail = true
    const autosave = createAutosave<string>({
      version: 0,
      delay: 10,
      save: async (_value, version) => {
        if (fail) {
          throw new ApiError(422, { code: 'invalid-metric-value' }, { title: '数据项不符合要求', detail: '', fields: [] })
        }
        return version + 1
      },
    })
    autosave.change('x')
    await vi.advanceTimersByTimeAsync(10)

    expect(autosave.state.status).toBe('error')
    expect(autosave.state.error?.code).toBe('invalid-metric-value')
    expect(autosave.state.unsaved).toBe('x')

    fail = false
    autosave.change('y')
    await vi.advanceTimersByTimeAsync(10)
    expect(autosave.state.status).toBe('saved')
    expect(autosave.state.error).toBeNull()
  })

  it('saves at once what is pending when flushed (before sending the report on)', async () => {
    const saved: string[] = []
    const autosave = createAutosave<string>({ version: 0, delay: 60_000, save: async (value, version) => {
      saved.push(value)
      return version + 1
    } })
    autosave.change('last words')

    await autosave.flush()

    expect(saved).toEqual(['last words'])
    expect(autosave.state.unsaved).toBeNull()
  })
})
