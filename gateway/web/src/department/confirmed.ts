import { ElMessageBox } from 'element-plus'

/** Asks before a step that cannot be undone (send, approve); true when the user confirmed. */
export async function confirmed(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning' })
    return true
  } catch {
    return false
  }
}
