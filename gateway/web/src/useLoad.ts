import { onMounted, ref, shallowRef, type Ref } from 'vue'
import { ApiError } from './api'

/** Loads a screen's data with loading and error state; `reload` runs it again (the retry button). */
export function useLoad<T>(load: () => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(true)
  const error = shallowRef<ApiError | null>(null)

  async function reload() {
    loading.value = true
    error.value = null
    try {
      data.value = await load()
    } catch (failure) {
      if (!(failure instanceof ApiError)) {
        throw failure
      }
      error.value = failure
    } finally {
      loading.value = false
    }
  }

  onMounted(reload)
  return { data, loading, error, reload }
}
