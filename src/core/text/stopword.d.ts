// The `stopword` package ships no types; we use only its word lists.
declare module 'stopword' {
  export const deu: string[]
  export const eng: string[]
}
