import type { AnnotationThread } from '../../shared/review/annotationModel'

export const ThreadStatusFilter = { open: 'open', resolved: 'resolved', all: 'all' } as const
export type ThreadStatusFilter = (typeof ThreadStatusFilter)[keyof typeof ThreadStatusFilter]

export interface ThreadFilter {
  status: ThreadStatusFilter
  /** Threads I started, answered or am mentioned in. */
  mine: boolean
  /** A top-level section key (see anchorIndex), or null for all. */
  section: string | null
}

export const defaultThreadFilter: ThreadFilter = { status: 'open', mine: false, section: null }

function isMine (thread: AnnotationThread, me: string): boolean {
  const login = me.toLowerCase()
  return thread.author === me || thread.comments.some(c => c.author === me || c.mentions.includes(login))
}

export function filterThreads (
  threads: readonly AnnotationThread[],
  filter: ThreadFilter,
  me: string,
  sectionOf: (thread: AnnotationThread) => string | null,
): AnnotationThread[] {
  return threads.filter(thread =>
    (filter.status === 'all' || (filter.status === 'open') === !thread.resolved) &&
    (!filter.mine || isMine(thread, me)) &&
    (filter.section === null || sectionOf(thread) === filter.section))
}
