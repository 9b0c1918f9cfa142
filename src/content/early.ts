/**
 * The load-time content script (manifest: document_start, every IT BOLTWISE page). Tiny on purpose:
 * no Readability, only the clutter rules (the extension API as the browser gives it: src/shared/extension-api.ts).
 *
 * - Hides clutter while the page is parsed (src/content/early/hider.ts) with the CSS of
 *   clutter.css: a hidden block carries data-klartext-hidden="<kind>"; a kind is shown again by
 *   listing it in <html data-klartext-show="...">.
 * - Answers 'page/status', 'page/snapshot' (the status and the DOM the popup analyses, one round trip)
 *   and 'clutter/show-kind'; leaves every other message to other listeners.
 * - Sends 'badge/set' with the number of hidden blocks after load and whenever it changes.
 * - Hides every kind first (before paint), then shows the kinds the user's settings do not hide.
 *
 * Reader state: the reader view's host element in the page (src/content/reader-host.ts).
 */
import { SHOW_ATTRIBUTE } from '../core/clutter'
import { CLUTTER_KINDS, type ClutterKind } from '../core/types'
import { listen, sendToRuntime, type Handlers, type MessagingApi, type PageStatus } from '../shared/messages'
import { SETTINGS_KEY, hideKindsOf, loadHideKinds } from '../shared/settings'
import { siteForHost } from '../sites/registry'
import { createHider } from './early/hider'
import { extensionApi, type ApiSlice, type SettingsApi } from '../shared/extension-api'
import { readerIsOpen } from './reader-host'
import { snapshotPage } from '../shared/snapshot'

/** What the load-time script calls of the extension API. */
type EarlyApi = MessagingApi & SettingsApi & ApiSlice<{ runtime: 'onMessage'; storage: 'onChanged' }>

const api = extensionApi()
// The host as the page's location has it: no URL to parse on every page load.
const site = siteForHost(location.hostname)

if (site && api) start(api, site)

function start(api: EarlyApi, site: NonNullable<ReturnType<typeof siteForHost>>): void {
  const root = document.documentElement
  let hideKinds = new Set<ClutterKind>(CLUTTER_KINDS)
  /** Per-page choices from the popup, over the settings. */
  const pageChoice = new Map<ClutterKind, boolean>()
  let isArticle: boolean | null = null
  let lastBadge = -1

  const shownKinds = () => CLUTTER_KINDS.filter((k) => pageChoice.get(k) ?? !hideKinds.has(k))
  const applyShown = () => {
    const shown = shownKinds()
    if (shown.length) root.setAttribute(SHOW_ATTRIBUTE, shown.join(' '))
    else root.removeAttribute(SHOW_ATTRIBUTE)
    sendBadge()
  }
  const hider = createHider(document, site, MutationObserver, { onChange: () => sendBadge() })

  const articleNow = () => (isArticle ??= safe(() => site.isArticle(document)))
  const status = (): PageStatus => {
    const hidden = hider.hidden()
    return {
      site: site.id,
      isArticle: articleNow(),
      hidden,
      shownKinds: shownKinds(),
      rulesFoundNothing: hider.finished && articleNow() && hidden.length === 0,
      readerOn: readerIsOpen(root),
    }
  }
  function sendBadge(): void {
    if (!hider.finished) return
    const shown = new Set(shownKinds())
    const count = hider.hiddenKinds().filter((kind) => !shown.has(kind)).length
    if (count === lastBadge) return
    lastBadge = count
    sendToRuntime<'badge/set'>(api, { type: 'badge/set', count }).catch(() => undefined)
  }

  const handlers: Handlers = {
    'page/status': status,
    'page/snapshot': () => {
      const now = status()
      return { status: now, snapshot: now.isArticle ? { ...snapshotPage(), clutterMarked: hider.finished } : null }
    },
    'clutter/show-kind': ({ kind, show }) => {
      if (CLUTTER_KINDS.includes(kind)) pageChoice.set(kind, show)
      applyShown()
      return status()
    },
  }
  listen(api, handlers)

  void loadHideKinds(api.storage.sync).then((kinds) => {
    hideKinds = new Set(kinds)
    applyShown()
  })
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY]
    if (area !== 'sync' || !change) return
    hideKinds = new Set(hideKindsOf(change.newValue))
    applyShown()
  })

  const finish = () => {
    hider.flush()
    hider.finish()
    // A status answered while parsing judged part of the page: the next request judges the whole
    // page (not now: the badge does not need it).
    isArticle = null
    sendBadge()
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', finish, { once: true })
  else finish()
}

function safe(test: () => boolean): boolean {
  try {
    return test()
  } catch {
    return false
  }
}
