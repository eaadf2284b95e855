// Element Plus tag colours for the statuses and stages the screens show.
type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export function campaignStatusType(status: string): TagType {
  return ({ DRAFT: 'info', PUBLISHED: 'success', WITHDRAWN: 'danger', CLOSED: 'info' } as Record<string, TagType>)[status] ?? 'info'
}

export function stageType(stage: string | undefined): TagType {
  switch (stage) {
    case 'ACCEPTED':
    case 'CLOSED':
      return 'success'
    case 'RETURNED':
    case 'RECTIFYING':
      return 'warning'
    case 'WITHDRAWN':
      return 'danger'
    case undefined:
      return 'info'
    default:
      return 'primary'
  }
}
