// Notification preferences (notification-service): which channels each kind of notification goes out on. In-app is
// always on; the form sends only the kinds whose channels changed.

export type Channel = 'IN_APP' | 'EMAIL' | 'SMS'
export const CHANNELS: readonly Channel[] = ['IN_APP', 'EMAIL', 'SMS']

/** One kind as the service answers it: its labels in both languages, my channels, whether they are the defaults. */
export interface Preference {
  kind: string
  labelZh: string
  labelEn: string
  channels: Channel[]
  isDefault: boolean
}

/** The kind's name in the user's language (the service gives both). */
export function kindLabel(preference: Preference, locale: string): string {
  return locale.startsWith('zh') ? preference.labelZh : preference.labelEn || preference.labelZh
}

/** The kind's channels with one turned on or off; in-app cannot be turned off. Kept in the order of CHANNELS. */
export function toggled(channels: readonly Channel[], channel: Channel, on: boolean): Channel[] {
  const chosen = new Set<Channel>([...channels, 'IN_APP'])
  if (channel !== 'IN_APP') {
    if (on) {
      chosen.add(channel)
    } else {
      chosen.delete(channel)
    }
  }
  return CHANNELS.filter((each) => chosen.has(each))
}

function sameChannels(a: readonly Channel[], b: readonly Channel[]): boolean {
  return a.length === b.length && a.every((channel) => b.includes(channel))
}

/** The PUT body for the kinds whose channels differ from what was loaded; null when nothing changed. */
export function changedPreferences(
  loaded: readonly Preference[],
  edited: Readonly<Record<string, readonly Channel[]>>,
): { preferences: { kind: string; channels: Channel[] }[] } | null {
  const preferences = loaded
    .filter((preference) => edited[preference.kind] && !sameChannels(preference.channels, edited[preference.kind]))
    .map((preference) => ({ kind: preference.kind, channels: toggled(edited[preference.kind], 'IN_APP', true) }))
  return preferences.length ? { preferences } : null
}
