// Rates as the statistics screens write them: a percent with one decimal, 暂无 when no service states it, and a
// change from the year before in percentage points.
import { useI18n } from 'vue-i18n'
import { formatPoints } from '../../format'

export function usePercentText() {
  const { t } = useI18n()
  function percent(value: number | null | undefined): string {
    return value === null || value === undefined ? t('statistics.notAvailable') : t('statistics.percent', { value: formatPoints(value) })
  }
  function change(value: number | null): string {
    return value === null ? '' : `${value > 0 ? '+' : ''}${t('statistics.points', { value: formatPoints(value) })}`
  }
  return { percent, change }
}
