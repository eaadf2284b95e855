// The published annual reports (向社会公开) as anyone reads them: submission-service's anonymous API and the shape the
// print-like page draws. Only what the service publishes is here: the accepted version, never a draft or its authors.
import type { MetricKind } from '../../api/types'

/** One line of the public list: whose report, for which campaign and period, published on which day. */
export interface PublishedReport {
  reportId: string
  departmentCode: string
  departmentName: string
  campaignTitle: string
  period?: string
  version: number
  publishedOn: string
}

export interface PublishedFigure {
  code: string
  label: string
  kind: MetricKind
  unit?: string
  value?: number | boolean | string | null
}

export interface PublishedSection {
  sectionId: string
  kind: string
  title: string
  indicatorCode?: string
  narrative?: string
  metrics?: PublishedFigure[]
}

/** One published report: its list line and the accepted version's content. */
export interface PublishedContent {
  report: PublishedReport
  content: {
    contactPerson?: string
    contactPhone?: string
    documentNumber?: string
    sections: PublishedSection[]
  }
}

export const PUBLIC_ANNUAL_REPORTS = '/api/public/annual-reports'

/** The newest publication first, then by department, so the list reads the same on every visit. */
export function sortedForTheList(reports: PublishedReport[]): PublishedReport[] {
  return [...reports].sort((a, b) =>
    b.publishedOn.localeCompare(a.publishedOn) || a.departmentName.localeCompare(b.departmentName, 'zh-CN'))
}

/** Texts the layout needs from the page's language. */
export interface LayoutText {
  yes: string
  no: string
  notReported: string
  locale: string
}

export interface PrintedFigure {
  label: string
  value: string
  unit: string
}

export interface PrintedSection {
  id: string
  heading: string
  narrative: string
  figures: PrintedFigure[]
}

/** The report laid out as the offices print it: title, 文号, numbered sections with their figures, contact. */
export interface PrintedReport {
  title: string
  documentNumber: string
  sections: PrintedSection[]
  contactPerson: string
  contactPhone: string
  department: string
  publishedOn: string
  version: number
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 一 … 九十九, the numbering of a Chinese document's first-level headings. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) {
    return String(n)
  }
  const tens = Math.floor(n / 10)
  const ones = CHINESE_DIGITS[n % 10]
  if (tens === 0) {
    return ones
  }
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones}`
}

function heading(index: number, title: string, locale: string): string {
  return locale === 'en' ? `${index}. ${title}` : `${chineseNumeral(index)}、${title}`
}

/** A figure's value as printed: yes/no in words, numbers as they are (a percentage's unit stands in its column). */
export function printedValue(figure: PublishedFigure, text: LayoutText): string {
  const value = figure.value
  if (value === null || value === undefined || value === '') {
    return text.notReported
  }
  if (figure.kind === 'YES_NO') {
    return value === true || value === 'true' ? text.yes : text.no
  }
  return String(value)
}

/** A percentage prints its sign in the unit column when the indicator names no unit of its own. */
function printedUnit(figure: PublishedFigure): string {
  return figure.unit ?? (figure.kind === 'PERCENTAGE' ? '%' : '')
}

/** A day as the page's language writes it: 2026年3月31日, or the ISO date in English. */
export function printedDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match || locale === 'en') {
    return day
  }
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

export function printLayout(published: PublishedContent, text: LayoutText): PrintedReport {
  const { report, content } = published
  return {
    title: `${report.departmentName}${report.campaignTitle}`,
    documentNumber: content.documentNumber?.trim() ?? '',
    sections: content.sections.map((section, i) => ({
      id: section.sectionId,
      heading: heading(i + 1, section.title, text.locale),
      narrative: section.narrative ?? '',
      figures: (section.metrics ?? []).map((figure) => ({
        label: figure.label,
        value: printedValue(figure, text),
        unit: printedUnit(figure),
      })),
    })),
    contactPerson: content.contactPerson ?? '',
    contactPhone: content.contactPhone ?? '',
    department: report.departmentName,
    publishedOn: printedDay(report.publishedOn, text.locale),
    version: report.version,
  }
}
