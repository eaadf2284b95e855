// The shapes the services answer with (see their controllers and OpenAPI documents).

export type Role = 'office-admin' | 'auditor' | 'viewer' | 'dept-submitter' | 'dept-leader'

export interface Me {
  id: string
  username: string
  name?: string
  roles: string[]
  department?: string
  seesEveryDepartment: boolean
}

export interface Department {
  code: string
  name: string
  nameEn?: string
  active: boolean
}

export type CampaignKind = 'ANNUAL_REPORT' | 'QUARTERLY_PROGRESS' | 'COMPREHENSIVE_INSPECTION' | 'SPECIAL_INSPECTION'
export type ReportStatus = 'OPEN_FOR_DRAFTING' | 'AWAITING_LEADER_APPROVAL' | 'SUBMITTED' | 'CLOSED'
export type ReportStage = string
export type MetricKind = 'COUNT' | 'PERCENTAGE' | 'YES_NO'

export interface ReportSummary {
  id: string
  assignmentId: string
  campaignId: string
  campaignTitle: string
  kind: CampaignKind
  period?: string
  dueDate: string
  departmentCode: string
  departmentName: string
  status: ReportStatus
  overdue: boolean
}

export interface Actor {
  userId?: string
  username?: string
  displayName?: string
  role?: string
  departmentCode?: string
}

export interface MetricValue {
  code: string
  label: string
  kind: MetricKind
  unit?: string
  value?: number | boolean | string | null
}

export interface MetricRequirement {
  code: string
  label: string
  kind: MetricKind
  unit?: string
}

export interface SectionIndicator {
  indicatorId: string
  code: string
  aspectTitle?: string
  requirement?: string
  maxPoints?: number
  role?: 'LEAD' | 'CO_UNIT'
  metrics: MetricRequirement[]
  expectedEvidence?: string
}

export interface ReportSection {
  id: string
  kind: 'OVERVIEW' | 'INDICATOR' | 'PRINCIPAL_DUTY' | 'PROBLEMS' | 'NEXT_STEPS'
  title: string
  indicator?: SectionIndicator
  narrative?: string
  metrics: MetricValue[]
  version: number
  lastModified?: { by?: Actor; at?: string }
}

export interface Workspace {
  id: string
  assignmentId: string
  campaignId: string
  campaignTitle: string
  campaignDocumentNumber?: string
  kind: CampaignKind
  period?: string
  dueDate: string
  departmentCode: string
  departmentName: string
  status: ReportStatus
  overdue: boolean
  contactPerson?: string
  contactPhone?: string
  documentNumber?: string
  createdAt?: string
  version: number
  sections: ReportSection[]
  lastModified?: { by?: Actor; at?: string }
  sentBy?: Actor
  lastRejection?: { leader?: Actor; at?: string; comment?: string }
  versions: number
}

export interface Campaign {
  id: string
  kind: CampaignKind
  title: string
  documentNumber?: string
  period?: string
  dueDate: string
  asksForPrincipalDuty: boolean
  frameworkId: string
  status: 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN' | 'CLOSED'
  withdrawReason?: string
  createdAt?: string
  updatedAt?: string
  publishedAt?: string
  withdrawnAt?: string
  departments: { departmentCode: string; departmentName: string; indicatorIds: string[] }[]
}

export interface AssignmentSummary {
  id: string
  campaignId: string
  campaignTitle: string
  kind: CampaignKind
  documentNumber?: string
  period?: string
  dueDate: string
  departmentCode: string
  departmentName: string
  status: 'ISSUED' | 'WITHDRAWN'
  stage?: ReportStage
  stageChangedAt?: string
  issuedAt?: string
  indicatorCount: number
}

export interface FrameworkSummary {
  id: string
  name: string
  year: number
  description?: string
  status: 'DRAFT' | 'IN_USE'
  aspectCount: number
  itemCount: number
  totalPoints: number
  updatedAt?: string
}

export interface FrameworkItem {
  id: string
  code: string
  title: string
  requirement?: string
  maxPoints: number
  scoringRule?: string
  metrics: MetricRequirement[]
  expectedEvidence?: string
  leadUnit: string
  coUnits: string[]
}

export interface Framework {
  id: string
  name: string
  year: number
  description?: string
  status: 'DRAFT' | 'IN_USE'
  createdAt?: string
  updatedAt?: string
  aspects: { id: string; code: string; title: string; items: FrameworkItem[] }[]
}
