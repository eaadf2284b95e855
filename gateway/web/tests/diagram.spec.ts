import { describe, expect, it } from 'vitest'
import { choicesOf, marksOf } from '../src/views/review/diagram'
import type { DiagramInstance } from '../src/api/reviewTypes'

function instance(id: string, processKey: string, completed: string[] = [], active: string[] = [], extra: Partial<DiagramInstance> = {}): DiagramInstance {
  return { processInstanceId: id, processKey, processDefinitionId: `${processKey}:1`, ended: false, completedActivityIds: completed, activeActivityIds: active, ...extra }
}

describe('the lifecycle diagram', () => {
  it('offers the lifecycle first, then each rectification and deadline watch numbered', () => {
    const choices = choicesOf({
      lifecycle: instance('l', 'ReportLifecycleProcess'),
      rectifications: [instance('r1', 'RectificationProcess', [], [], { findingId: 'f1' }), instance('r2', 'RectificationProcess')],
      deadlines: [instance('d1', 'DeadlineProcess', [], [], { deadlineKind: 'REPORT_SUBMISSION' })],
      bpmnXml: {},
    })
    expect(choices.map((choice) => [choice.key, choice.kind, choice.number])).toEqual([
      ['l', 'lifecycle', 1], ['r1', 'rectification', 1], ['r2', 'rectification', 2], ['d1', 'deadline', 1],
    ])
  })

  it('marks an activity that ran and waits again as active', () => {
    const marks = marksOf(instance('l', 'ReportLifecycleProcess', ['Event_AssignmentIssued', 'Task_AwaitDrafting'], ['Task_AwaitDrafting']))
    expect([...marks.entries()]).toEqual([['Event_AssignmentIssued', 'completed'], ['Task_AwaitDrafting', 'active']])
  })
})
