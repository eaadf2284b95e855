// The framework import's refusal, cell by cell: assignment-service answers 422 `framework-import-invalid` with one
// entry per wrong cell (row, cell like C5, field, message in both languages) and imports nothing.
import type { Problem } from '../../api/problem'
import { pick } from '../../api/problem'

export interface CellError {
  row: number | null
  cell: string
  field: string
  message: string
}

export function cellErrors(problem: Problem, locale: string): CellError[] {
  return (problem.errors ?? []).map((error) => {
    const entry = error as { row?: number; cell?: string; field?: string; message?: Record<string, string> | string }
    return {
      row: typeof entry.row === 'number' ? entry.row : null,
      cell: entry.cell ?? '',
      field: entry.field ?? '',
      message: pick(entry.message, locale) ?? '',
    }
  })
}

/** The multipart body of POST /api/frameworks/import. */
export function importForm(file: File, name: string, year: number, description: string): FormData {
  const form = new FormData()
  form.append('file', file)
  form.append('name', name.trim())
  form.append('year', String(year))
  if (description.trim()) {
    form.append('description', description.trim())
  }
  return form
}
