/**
 * The part of pdfmake 0.3's server API the exports use (the package ships no
 * types). Documented at https://pdfmake.github.io/docs/0.3/getting-started/server-side/
 */
declare module 'pdfmake' {
  interface PdfMakeFontFaces {
    normal: string
    bold?: string
    italics?: string
    bolditalics?: string
  }

  interface PdfMakeOutput {
    getBuffer (): Promise<Buffer>
  }

  interface PdfMake {
    virtualfs: {
      writeFileSync (name: string, content: Buffer): void
      existsSync (name: string): boolean
    }
    setFonts (fonts: Record<string, PdfMakeFontFaces>): void
    setUrlAccessPolicy (allow: (url: string) => boolean): void
    setLocalAccessPolicy (allow: (path: string) => boolean): void
    createPdf (definition: object, options?: object): PdfMakeOutput
  }

  const pdfmake: PdfMake
  export default pdfmake
}
