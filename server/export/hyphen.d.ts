/** The part of hyphen 1.14 the PDF tables use: Russian hyphenation (TeX patterns); a CommonJS module without types. */
declare module 'hyphen/ru/index.js' {
  const ru: { hyphenateSync (text: string, options?: { hyphenChar?: string; minWordLength?: number }): string }
  export default ru
}
