/**
 * The bullet lists of the DOCX export: one numbering definition and one
 * paragraph style per marker. Word draws the marker from the numbering; the
 * style's name is what lets our own importer give the marker back, since
 * mammoth reports a list item but not which character marked it.
 */
import { BulletMarker } from '../../shared/export/cellLines'

export interface DocxListStyle {
  marker: BulletMarker
  /** Numbering reference inside the document. */
  reference: string
  styleId: string
  /** The style's name as Word shows it and mammoth matches it. */
  styleName: string
  /** Class the importer's style map puts on the list item. */
  htmlClass: string
}

export const docxListStyles: readonly DocxListStyle[] = [
  { marker: BulletMarker.dot, reference: 'plan-bullet-dot', styleId: 'PlanBulletDot', styleName: 'Plan Bullet Dot', htmlClass: 'bullet-dot' },
  { marker: BulletMarker.hyphen, reference: 'plan-bullet-hyphen', styleId: 'PlanBulletHyphen', styleName: 'Plan Bullet Hyphen', htmlClass: 'bullet-hyphen' },
  { marker: BulletMarker.enDash, reference: 'plan-bullet-en-dash', styleId: 'PlanBulletEnDash', styleName: 'Plan Bullet En Dash', htmlClass: 'bullet-en-dash' },
]

export function listStyleFor (marker: BulletMarker): DocxListStyle {
  return docxListStyles.find((style) => style.marker === marker) ?? docxListStyles[0]
}

/** mammoth style-map lines turning our list paragraphs into `<li class="…">`. */
export const docxListStyleMap: readonly string[] = docxListStyles.map(
  (style) => `p[style-name='${style.styleName}'] => ul > li.${style.htmlClass}:fresh`,
)

export function markerForClass (htmlClass: string | undefined): BulletMarker | undefined {
  return docxListStyles.find((style) => style.htmlClass === htmlClass)?.marker
}
