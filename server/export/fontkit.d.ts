/** The part of fontkit 2 the PDF table layout uses to measure words (the package ships no types). */
declare module 'fontkit' {
  interface FontkitFont {
    unitsPerEm: number
    layout (text: string): { advanceWidth: number }
  }
  export function create (buffer: Buffer): FontkitFont
}
