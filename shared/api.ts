/**
 * The REST contract under /api: request schemas (validated on the server, reused
 * by forms on the client) and response shapes. Errors are ApiErrorBody.
 */
import { z } from 'zod'
import { passwordProblem } from './auth/passwordStrength'
import { roles, type Role } from './roles'
import { parseAcademicYear } from './academicYear'
import type { ReviewEvent, ReviewState } from './review/reviewState'
import { loginSchema } from './users/login'

const login = loginSchema
/** A new password: long enough and not a common one (see auth/passwordStrength.ts). */
const password = z.string().superRefine((value, context) => {
  const problem = passwordProblem(value)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})
const personName = z.string().trim().min(1, 'Укажите имя.').max(200, 'Имя — не длиннее 200 символов.')

export const loginRequest = z.object({
  login: z.string().trim().min(1, 'Укажите логин.'),
  password: z.string().min(1, 'Укажите пароль.'),
})
export type LoginRequest = z.infer<typeof loginRequest>

export const createUserRequest = z.object({
  login,
  password,
  name: personName,
  isAdmin: z.boolean().optional(),
})
export type CreateUserRequest = z.infer<typeof createUserRequest>

/** Administrator's edit of a user: any subset of the fields. */
export const updateUserRequest = z.object({
  name: personName.optional(),
  isAdmin: z.boolean().optional(),
  active: z.boolean().optional(),
  password: password.optional(),
})
export type UpdateUserRequest = z.infer<typeof updateUserRequest>

export const changeOwnPasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Укажите текущий пароль.'),
  newPassword: password,
})
export type ChangeOwnPasswordRequest = z.infer<typeof changeOwnPasswordRequest>

export const createBoardRequest = z.object({
  district: z.string().trim().min(1, 'Укажите район.').max(200, 'Название района — не длиннее 200 символов.'),
  year: z.string().refine(v => parseAcademicYear(v).ok, 'Учебный год указывается как «2023-2024».'),
  /** Login of the owner; the creator when absent. */
  owner: z.string().optional(),
})
export type CreateBoardRequest = z.infer<typeof createBoardRequest>

export const setMemberRoleRequest = z.object({
  role: z.enum(roles as unknown as [Role, ...Role[]], { message: 'Роль: owner, editor, commenter или viewer.' }),
})
export type SetMemberRoleRequest = z.infer<typeof setMemberRoleRequest>

export interface UserInfo {
  login: string
  name: string
  isAdmin: boolean
  active: boolean
  createdAt: string
}

export interface SessionInfo {
  user: UserInfo
}

/** `GET /api/session/current`: who is signed in, or null (never a 401). */
export interface CurrentSession {
  user: UserInfo | null
}

/** Names of a board's Yjs documents, by concern. */
export interface BoardDocuments {
  plan: string
  report: string
  /** Written only by the server (annotations are server-authoritative); every member syncs it read-only. */
  annotations: string
}

export interface BoardSummary {
  id: string
  district: string
  /** "2023-2024" */
  year: string
  title: string
  /** The caller's role. */
  role: Role
  createdAt: string
  /** The demo board made on the first start (absent otherwise); an administrator may delete it. */
  demo?: boolean
}

export interface BoardMember {
  login: string
  name: string
  role: Role
}

/** GET /api/boards/:id/member-candidates?q=…: a person the board's owner may add; `role` when already a member. */
export interface MemberCandidate {
  login: string
  name: string
  role: Role | null
}

/** Longest search text taken; a name and patronymic fit with room to spare. */
export const MEMBER_SEARCH_MAX_LENGTH = 100

export interface BoardDetails extends BoardSummary {
  documents: BoardDocuments
  members: BoardMember[]
  review: { state: ReviewState; history: ReviewEvent[] }
}
