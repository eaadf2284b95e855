// Autosave with optimistic locking: edits are saved a moment after the user stops typing, one save at a time, each
// with the version it was based on. A 409 `stale-version` stops saving and keeps the user's text: they choose to
// overwrite (with the server's current version) or to take the other version — nothing is lost either way.
import { reactive } from 'vue'
import { ApiError } from '../api/client'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error'

export interface SaveConflict {
  title: string
  detail: string
  modifiedBy?: string
  modifiedAt?: string
  currentVersion?: number
}

export interface AutosaveState<T> {
  status: SaveStatus
  version: number
  savedAt: Date | null
  /** What the user has not saved yet (kept through a conflict or a failure). */
  unsaved: T | null
  conflict: SaveConflict | null
  error: ApiError | null
}

export interface AutosaveOptions<T> {
  version: number
  /** Saves the value over `version`; answers the new version. */
  save: (value: T, version: number) => Promise<number>
  delay?: number
  now?: () => Date
}

export function createAutosave<T>(options: AutosaveOptions<T>) {
  const delay = options.delay ?? 1500
  const now = options.now ?? (() => new Date())
  const state = reactive({
    status: 'idle',
    version: options.version,
    savedAt: null,
    unsaved: null,
    conflict: null,
    error: null,
  }) as AutosaveState<T>
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null

  function schedule() {
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), delay)
  }

  /** The user changed something: saved after `delay` unless a conflict waits for their choice. */
  function change(value: T) {
    state.unsaved = value
    if (state.status === 'conflict') {
      return
    }
    state.status = 'pending'
    schedule()
  }

  async function run(): Promise<void> {
    while (state.unsaved !== null && state.status !== 'conflict') {
      const value = state.unsaved
      state.status = 'saving'
      try {
        state.version = await options.save(value, state.version)
        if (state.unsaved === value) {
          state.unsaved = null
        }
        state.savedAt = now()
        state.error = null
        state.status = state.unsaved === null ? 'saved' : 'saving'
      } catch (failure) {
        if (!(failure instanceof ApiError)) {
          state.status = 'error'
          throw failure
        }
        if (failure.status === 409 && failure.code === 'stale-version') {
          state.conflict = toConflict(failure)
          state.status = 'conflict'
        } else {
          state.error = failure
          state.status = 'error'
        }
        return
      }
    }
  }

  /** Saves now what is pending (before sending the report on); resolves when nothing is left or saving failed. */
  async function flush(): Promise<void> {
    clearTimeout(timer)
    if (!running) {
      running = run().finally(() => {
        running = null
      })
    }
    await running
    if (state.unsaved !== null && state.status !== 'conflict' && state.status !== 'error') {
      await flush()
    }
  }

  /** After a conflict: save the user's text over the other version. */
  async function overwrite() {
    if (state.conflict?.currentVersion !== undefined) {
      state.version = state.conflict.currentVersion
    }
    state.conflict = null
    state.status = 'pending'
    await flush()
  }

  /** After a conflict: take the other version (the caller reloads it); the user's text is handed back to keep. */
  function acceptTheirs(version: number): T | null {
    const mine = state.unsaved
    state.version = version
    state.unsaved = null
    state.conflict = null
    state.status = 'idle'
    return mine
  }

  function dispose() {
    clearTimeout(timer)
  }

  return { state, change, flush, overwrite, acceptTheirs, dispose }
}

export type Autosave<T> = ReturnType<typeof createAutosave<T>>

function toConflict(failure: ApiError): SaveConflict {
  const problem = failure.problem
  return {
    title: failure.readable.title,
    detail: failure.readable.detail,
    modifiedBy: typeof problem.modifiedBy === 'string' ? problem.modifiedBy : undefined,
    modifiedAt: typeof problem.modifiedAt === 'string' ? problem.modifiedAt : undefined,
    currentVersion: typeof problem.currentVersion === 'number' ? problem.currentVersion : undefined,
  }
}
