// Which process instances of a report the BPMN viewer offers, and how each activity is marked: active wins over
// completed (a loop's activity that ran before and waits again is current, not done).
import type { DiagramInstance, LifecycleDiagram } from '../../api/reviewTypes'

export interface DiagramChoice {
  key: string
  kind: 'lifecycle' | 'rectification' | 'deadline'
  instance: DiagramInstance
  /** The 1-based number among its kind, to tell several rectifications or watches apart. */
  number: number
}

export function choicesOf(diagram: LifecycleDiagram): DiagramChoice[] {
  const choices: DiagramChoice[] = [{ key: diagram.lifecycle.processInstanceId, kind: 'lifecycle', instance: diagram.lifecycle, number: 1 }]
  diagram.rectifications.forEach((instance, index) =>
    choices.push({ key: instance.processInstanceId, kind: 'rectification', instance, number: index + 1 }))
  diagram.deadlines.forEach((instance, index) =>
    choices.push({ key: instance.processInstanceId, kind: 'deadline', instance, number: index + 1 }))
  return choices
}

export type ActivityMark = 'completed' | 'active'

export function marksOf(instance: DiagramInstance): Map<string, ActivityMark> {
  const marks = new Map<string, ActivityMark>()
  for (const id of instance.completedActivityIds) {
    marks.set(id, 'completed')
  }
  for (const id of instance.activeActivityIds) {
    marks.set(id, 'active')
  }
  return marks
}
