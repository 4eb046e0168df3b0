import { useEffect } from 'react'
import { strings } from '../strings'

/** Sets the tab's title to «<page> — Планёрка» while the page is shown. */
export function useDocumentTitle (page: string | null): void {
  useEffect(() => {
    document.title = page === null ? strings.common.productName : strings.common.pageTitle(page)
  }, [page])
}
