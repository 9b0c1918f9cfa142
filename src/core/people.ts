// STUB — replaced by the people work. Contract below is fixed.
import type { Person } from './types'

export interface PeopleOptions {
  lang: string | null
}

/** Persons mentioned in the article text, most mentioned first. */
export function findPeople(paragraphs: readonly string[], options: PeopleOptions): Person[] {
  void paragraphs
  void options
  return []
}
