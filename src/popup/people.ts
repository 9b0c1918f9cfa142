/**
 * The popup's people chunk: the person finder and its name data, loaded by import() once the
 * summary is shown, so that neither their size nor their work delays it.
 */
export { withPeople } from '../core/analyze'
