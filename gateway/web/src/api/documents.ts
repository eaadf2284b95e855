// submission-service prints a submitted report version in the official layout, as Word and as PDF, for whoever may
// read the version (a department its own, office roles every department's); its file name comes with the answer.

export type DocumentFormat = 'docx' | 'pdf'

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['docx', 'pdf']

/** The download address of version `version` of a report, e.g. `/api/reports/{id}/versions/2/document.pdf`. */
export function versionDocumentUrl(reportId: string, version: number, format: DocumentFormat): string {
  return `/api/reports/${encodeURIComponent(reportId)}/versions/${version}/document.${format}`
}

/** Every submitted version, newest first (the one people want most), from a report's count of versions. */
export function submittedVersions(count: number | null | undefined): number[] {
  const total = Math.max(0, Math.floor(Number(count) || 0))
  return Array.from({ length: total }, (_, index) => total - index)
}
