/**
 * The fonts embedded in exported PDFs: PT Serif for the plan (an official
 * document, close to the Times New Roman of the Word export) and PT Sans for
 * the timeline (a chart reads better in a sans face). Both cover Cyrillic and
 * are free to embed (OFL). They come from npm packages, resolved through
 * Node's module resolution so no absolute path is written anywhere.
 */
import { createRequire } from 'node:module'

export interface FontFaces {
  normal: string
  bold: string
  italics: string
  bolditalics: string
}

export const FontFamily = {
  serif: 'PTSerif',
  sans: 'PTSans',
} as const
export type FontFamily = (typeof FontFamily)[keyof typeof FontFamily]

const require = createRequire(import.meta.url)

function faces (pkg: string, prefix: string): FontFaces {
  const file = (weight: string) => require.resolve(`${pkg}/${weight}/${prefix}_${weight}.ttf`)
  return {
    normal: file('400Regular'),
    bold: file('700Bold'),
    italics: file('400Regular_Italic'),
    bolditalics: file('700Bold_Italic'),
  }
}

let files: Record<FontFamily, FontFaces> | undefined

/** Paths of the TTF files per family and face (resolved once). */
export function fontFiles (): Record<FontFamily, FontFaces> {
  files ??= {
    [FontFamily.serif]: faces('@expo-google-fonts/pt-serif', 'PTSerif'),
    [FontFamily.sans]: faces('@expo-google-fonts/pt-sans', 'PTSans'),
  }
  return files
}
