import { ref, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/** A filter's value from the address (`?status=…`): one of the allowed values, otherwise the default. */
export function filterFromQuery<T extends string>(raw: unknown, allowed: readonly T[], fallback: T): T {
  return typeof raw === 'string' && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback
}

/**
 * A list's filter kept in the address, so a reload or a shared link shows the same list: `set` changes it and
 * replaces the query parameter (no new history entry per click).
 */
export function useQueryFilter<T extends string>(key: string, allowed: readonly T[], fallback: T) {
  const route = useRoute()
  const router = useRouter()
  const value = ref(filterFromQuery(route.query[key], allowed, fallback)) as Ref<T>

  function set(next: T, query: Record<string, string> = { ...(route.query as Record<string, string>) }) {
    value.value = next
    void router.replace({ query: { ...query, [key]: next } })
  }

  return { value, set }
}
