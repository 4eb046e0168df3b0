import { Hono } from 'hono'
import { z } from 'zod'
import { createAnnotationRequest, replyRequest, resolveRequest } from '../../../shared/review/annotationModel'
import { ReviewState } from '../../../shared/review/reviewState'
import { createVersionRequest, VersionKind } from '../../../shared/review/versionModel'
import { ErrorCode } from '../../../shared/errors'
import { Role } from '../../../shared/roles'
import type { AppEnv, Services } from '../appEnv'
import { HttpError } from '../HttpError'
import { readJson } from '../readJson'
import { requireAuth } from '../requireAuth'

const agreeRequest = z.object({ override: z.boolean().optional() })

/** Annotations, the review workflow and versions of a board. */
export function reviewRoutes (services: Services) {
  const { accounts, boards, annotations, review, versions } = services
  const app = new Hono<AppEnv>()
  app.use('*', requireAuth(accounts))
  const id = (value: string | undefined) => value ?? ''

  app.post('/:id/annotations', async c => c.json(await annotations.create(id(c.req.param('id')), c.get('auth').user, await readJson(c, createAnnotationRequest)), 201))
  app.post('/:id/annotations/:thread/replies', async c => {
    const { text } = await readJson(c, replyRequest)
    return c.json(await annotations.reply(id(c.req.param('id')), id(c.req.param('thread')), c.get('auth').user, text), 201)
  })
  app.post('/:id/annotations/:thread/resolve', async c => {
    const { resolution } = await readJson(c, resolveRequest)
    return c.json(await annotations.resolve(id(c.req.param('id')), id(c.req.param('thread')), c.get('auth').user, resolution))
  })
  app.post('/:id/annotations/:thread/reopen', async c => c.json(await annotations.reopen(id(c.req.param('id')), id(c.req.param('thread')), c.get('auth').user)))
  app.delete('/:id/annotations/:thread', async c => {
    await annotations.remove(id(c.req.param('id')), id(c.req.param('thread')), c.get('auth').user)
    return c.body(null, 204)
  })
  app.get('/:id/annotations/read-mark', c => {
    const board = boards.details(id(c.req.param('id')), c.get('auth').user)
    return c.json({ lastReadAt: annotations.lastRead(board.id, c.get('auth').user.login) })
  })
  app.post('/:id/annotations/read-mark', async c => c.json({ lastReadAt: await annotations.markRead(id(c.req.param('id')), c.get('auth').user) }))

  app.post('/:id/review/submit', async c => {
    await review.submit(id(c.req.param('id')), c.get('auth').user)
    return c.json(boards.details(id(c.req.param('id')), c.get('auth').user))
  })
  app.post('/:id/review/agree', async c => {
    const { override } = await readJson(c, agreeRequest)
    await review.agree(id(c.req.param('id')), c.get('auth').user, override === true)
    return c.json(boards.details(id(c.req.param('id')), c.get('auth').user))
  })
  app.post('/:id/review/reopen', async c => {
    await review.reopen(id(c.req.param('id')), c.get('auth').user)
    return c.json(boards.details(id(c.req.param('id')), c.get('auth').user))
  })

  app.get('/:id/versions', async c => {
    const board = boards.details(id(c.req.param('id')), c.get('auth').user)
    return c.json({ versions: await versions.list(board.id) })
  })
  app.post('/:id/versions', async c => {
    const details = boards.details(id(c.req.param('id')), c.get('auth').user)
    if (details.role !== Role.owner && details.role !== Role.editor) throw HttpError.forbidden('Версии сохраняют владелец и редакторы.')
    const { name } = await readJson(c, createVersionRequest)
    return c.json(await versions.create(boards.record(details.id)!, VersionKind.named, name, c.get('auth').user.login), 201)
  })
  app.get('/:id/versions/:version', async c => {
    const details = boards.details(id(c.req.param('id')), c.get('auth').user)
    return c.json(await versions.view(boards.record(details.id)!, id(c.req.param('version'))))
  })
  app.get('/:id/versions/:version/diff', async c => {
    const details = boards.details(id(c.req.param('id')), c.get('auth').user)
    return c.json(await versions.diff(boards.record(details.id)!, id(c.req.param('version')), c.req.query('to') || 'current', login => accounts.find(login)?.name ?? login))
  })
  app.post('/:id/versions/:version/restore', async c => {
    const details = boards.details(id(c.req.param('id')), c.get('auth').user)
    if (details.role !== Role.owner && details.role !== Role.editor) throw HttpError.forbidden('Восстанавливают версию владелец и редакторы.')
    if (details.review.state === ReviewState.agreed) throw new HttpError(409, ErrorCode.boardAgreed, 'Доска согласована: чтобы восстановить версию, владелец должен открыть её снова.')
    return c.json({ savedBefore: await versions.restore(boards.record(details.id)!, id(c.req.param('version')), c.get('auth').user.login) })
  })

  return app
}
