import { randomBytes } from 'node:crypto'
import type { CreateUserRequest, UpdateUserRequest, UserInfo } from '../../shared/api'
import { ErrorCode } from '../../shared/errors'
import { BUILT_IN_ADMIN_LOGIN } from '../../shared/users/builtInAdmin'
import { normalizeLogin } from '../../shared/users/login'
import { hashPassword, verifyPassword } from '../auth/passwords'
import { SESSION_TTL_MS, hashSessionToken, newSessionToken } from '../auth/sessionToken'
import { DomainError } from '../errors/DomainError'
import type { UserRecord } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'

export const ADMIN_LOGIN = BUILT_IN_ADMIN_LOGIN

export interface SignedIn {
  user: UserRecord
  sessionHash: string
}

/** Users and sessions. Every change is awaited until it is on disk. */
export class Accounts {
  constructor (private readonly meta: MetaStore, private readonly now: () => Date = () => new Date()) {}

  /**
   * Creates `admin` on the very first start. Returns the password when one
   * was generated, so it can be printed once; null when admin already existed.
   */
  async ensureAdmin (password?: string): Promise<{ created: boolean; generatedPassword: string | null }> {
    if (this.find(ADMIN_LOGIN)) return { created: false, generatedPassword: null }
    const generated = password ? null : randomBytes(9).toString('base64url')
    const passwordHash = await hashPassword(password ?? generated!)
    await this.meta.update(data => {
      data.users.push({ login: ADMIN_LOGIN, name: 'Администратор', isAdmin: true, active: true, passwordHash, createdAt: this.now().toISOString() })
    })
    return { created: true, generatedPassword: generated }
  }

  find (login: string): UserRecord | undefined {
    const key = normalizeLogin(login)
    return this.meta.data.users.find(user => normalizeLogin(user.login) === key)
  }

  list (): UserInfo[] {
    return this.meta.data.users.map(toUserInfo)
  }

  /** Checks the password and opens a session; returns the cookie token. `previousToken`'s session is ended (rotation). */
  async signIn (login: string, password: string, previousToken?: string): Promise<{ token: string; user: UserRecord }> {
    const user = this.find(login)
    // Verify even for an unknown login, so timing does not reveal which logins exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
    if (!user || !ok) throw new DomainError(ErrorCode.invalidCredentials)
    if (!user.active) throw new DomainError(ErrorCode.userDeactivated)
    const token = newSessionToken()
    const now = this.now()
    await this.meta.update(data => {
      // Expired sessions are dropped whenever someone signs in, so the file does not grow forever.
      data.sessions = data.sessions.filter(s => Date.parse(s.expiresAt) > now.getTime())
      // A new sign-in gets a new token; the one the browser came with (maybe fixed by someone else) ends.
      if (previousToken) data.sessions = data.sessions.filter(s => s.tokenHash !== hashSessionToken(previousToken))
      data.sessions.push({
        tokenHash: hashSessionToken(token),
        login: user.login,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      })
    })
    return { token, user }
  }

  /** The signed-in user for a cookie token, or null (unknown, expired, or deactivated). */
  resolveSession (token: string | undefined): SignedIn | null {
    if (!token) return null
    const sessionHash = hashSessionToken(token)
    return this.resolveSessionHash(sessionHash)
  }

  /**
   * As resolveSession, after catching up with a store shared by several
   * instances: the session, a board or a role may have been made on another
   * instance a moment ago, and a request must see its own earlier writes
   * wherever it lands. When the store cannot be reached, the copy in memory
   * answers (reads keep working).
   */
  async resolveSessionFresh (token: string | undefined): Promise<SignedIn | null> {
    if (token && this.meta.refresh) await this.meta.refresh().catch(() => false)
    return this.resolveSession(token)
  }

  resolveSessionHash (sessionHash: string): SignedIn | null {
    const session = this.meta.data.sessions.find(s => s.tokenHash === sessionHash)
    if (!session || Date.parse(session.expiresAt) <= this.now().getTime()) return null
    const user = this.find(session.login)
    if (!user || !user.active) return null
    return { user, sessionHash }
  }

  async signOut (sessionHash: string): Promise<void> {
    await this.meta.update(data => {
      data.sessions = data.sessions.filter(s => s.tokenHash !== sessionHash)
    })
  }

  async create (request: CreateUserRequest): Promise<UserInfo> {
    if (this.find(request.login)) throw DomainError.conflict(`Пользователь «${request.login}» уже существует.`)
    const passwordHash = await hashPassword(request.password)
    const user: UserRecord = {
      login: normalizeLogin(request.login),
      name: request.name,
      isAdmin: request.isAdmin ?? false,
      active: true,
      passwordHash,
      createdAt: this.now().toISOString(),
    }
    await this.meta.update(data => { data.users.push(user) })
    return toUserInfo(user)
  }

  async update (login: string, request: UpdateUserRequest): Promise<UserInfo> {
    const user = this.find(login)
    if (!user) throw DomainError.notFound(`Пользователь «${login}» не найден.`)
    if (user.login === ADMIN_LOGIN && (request.active === false || request.isAdmin === false)) {
      throw DomainError.forbidden('Учётную запись admin нельзя отключить или лишить прав администратора.')
    }
    const passwordHash = request.password ? await hashPassword(request.password) : null
    await this.meta.update(data => {
      const target = data.users.find(u => u.login === user.login)!
      if (request.name !== undefined) target.name = request.name
      if (request.isAdmin !== undefined) target.isAdmin = request.isAdmin
      if (request.active !== undefined) target.active = request.active
      if (passwordHash) {
        target.passwordHash = passwordHash
        // A reset password ends the user's sessions everywhere.
        data.sessions = data.sessions.filter(s => s.login !== user.login)
      }
    })
    return toUserInfo(this.find(login)!)
  }

  async changeOwnPassword (login: string, currentPassword: string, newPassword: string, keepSession: string): Promise<void> {
    const user = this.find(login)
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw DomainError.validation('Текущий пароль указан неверно.')
    }
    const passwordHash = await hashPassword(newPassword)
    await this.meta.update(data => {
      data.users.find(u => u.login === user.login)!.passwordHash = passwordHash
      // Other sessions (another browser, a lost laptop) end; this one stays.
      data.sessions = data.sessions.filter(s => s.login !== user.login || s.tokenHash === keepSession)
    })
  }
}

export function toUserInfo (user: UserRecord): UserInfo {
  return { login: user.login, name: user.name, isAdmin: user.isAdmin, active: user.active, createdAt: user.createdAt }
}

/** A valid hash of a random password, verified against when the login is unknown. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
