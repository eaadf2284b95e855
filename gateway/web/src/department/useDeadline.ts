// A report screen's deadline: the report's own due date and overdue mark, joined with its assignment's marks once
// assignment-service answers (GET /api/assignments/{id}); while it does not, the report's own still show.
import { computed, shallowRef, watch, type Ref } from 'vue'
import { api } from '../api'
import { deadlineOf, type AssignmentMarks } from './tasks'

export function useDeadline(report: Ref<{ assignmentId?: string; dueDate: string; overdue: boolean } | null | undefined>) {
  const assignment = shallowRef<AssignmentMarks | null>(null)
  watch(
    () => report.value?.assignmentId,
    async (id) => {
      assignment.value = id
        ? await api.get<AssignmentMarks>(`/api/assignments/${encodeURIComponent(id)}`).catch(() => null)
        : null
    },
    { immediate: true },
  )
  return computed(() => (report.value ? deadlineOf(report.value, assignment.value) : null))
}
