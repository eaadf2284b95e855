// ECharts options of the boards' bar charts, apart from the components so the axis choices are tested.

/** One bar series (several stack when they share `stack`). */
export interface BarSeries {
  name: string
  type: 'bar'
  data: number[]
  stack?: string
  itemStyle?: { color: string }
}

/**
 * A bar chart of counts (whole numbers on the axis). `everyLabel` names every category even where ECharts would skip
 * some to avoid overlap: a scale's bands must all be read, an empty one (0) included; a list of departments may thin.
 */
export function barChart(categories: string[], series: BarSeries[], options: { legend?: boolean; everyLabel?: boolean } = {}) {
  return {
    tooltip: { trigger: 'axis' },
    legend: options.legend ? { bottom: 0 } : undefined,
    // Every label of a narrow chart fits only slanted.
    grid: { left: 40, right: 16, top: 16, bottom: (options.legend ? 50 : 30) + (options.everyLabel ? 16 : 0) },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: options.everyLabel ? { interval: 0, hideOverlap: false, fontSize: 11, rotate: 30 } : undefined,
    },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }
}

/** The score distribution: every band of the scale on the axis, with its count of departments (0 drawn as 0). */
export function scoreChart(buckets: { label: string; count: number }[], seriesName: string) {
  return barChart(buckets.map((bucket) => bucket.label),
    [{ name: seriesName, type: 'bar', data: buckets.map((bucket) => bucket.count), itemStyle: { color: '#1d5fbf' } }],
    { everyLabel: true })
}
