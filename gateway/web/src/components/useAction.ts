import { ref, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '../api'
import { problemText } from '../api/problem'

/**
 * Runs a user's action (claim, save, publish…) once at a time: `busy` disables its button, a failure is kept in
 * `error` for the form to show beside its fields and announced in the user's language, success is announced briefly.
 */
export function useAction() {
  const busy = ref(false)
  const error = shallowRef<ApiError | null>(null)

  async function run<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    if (busy.value) {
      return undefined
    }
    busy.value = true
    error.value = null
    try {
      const result = await action()
      if (success) {
        ElMessage.success(success)
      }
      return result
    } catch (failure) {
      if (!(failure instanceof ApiError)) {
        throw failure
      }
      error.value = failure
      ElMessage.error({ message: problemText(failure.readable), duration: 6000, showClose: true })
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, error, run }
}
