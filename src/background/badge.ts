import { countText, formatNumber, type Translate } from '../ui/i18n'

/** Badge text and tooltip for one tab: "3" and "Klartext: 3 Störelemente ausgeblendet"; no badge for 0. */
export function badgeFor(count: number, t: Translate, locale: string): { text: string; title: string } {
  if (!Number.isFinite(count) || count <= 0) return { text: '', title: t('actionTitle') }
  const whole = Math.round(count)
  return {
    text: whole > 99 ? '99+' : formatNumber(whole, locale),
    title: countText(t, 'badgeTooltipOne', 'badgeTooltipMany', whole, locale),
  }
}
