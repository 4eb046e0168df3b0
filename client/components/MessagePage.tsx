import { Link } from '../router/Link'
import { strings } from '../strings'
import { useDocumentTitle } from '../hooks/useDocumentTitle'

export interface MessagePageProps {
  title: string
  text: string
}

/** A page that only explains something (not found, no access) and leads back to the boards. */
export function MessagePage ({ title, text }: MessagePageProps) {
  useDocumentTitle(title)
  return (
    <section className="page page--narrow">
      <h1 className="page__title">{title}</h1>
      <p>{text}</p>
      <p><Link to={{ name: 'boards' }}>{strings.app.backToBoards}</Link></p>
    </section>
  )
}
