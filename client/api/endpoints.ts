/** One function per REST endpoint of shared/api.ts. */
import type {
  BoardDetails,
  BoardSummary,
  ChangeOwnPasswordRequest,
  CreateBoardRequest,
  CreateUserRequest,
  CurrentSession,
  LoginRequest,
  MemberCandidate,
  SessionInfo,
  UpdateUserRequest,
  UserInfo,
} from '../../shared/api'
import type { Role } from '../../shared/roles'
import { apiRequest, type ApiResult } from './apiClient'

const enc = encodeURIComponent

// Session

export function signIn (request: LoginRequest): Promise<ApiResult<SessionInfo>> {
  return apiRequest('POST', '/api/session', request, { sessionRequired: false })
}

/** Who is signed in, or `user: null` (not a 401, which a browser would log on every first visit). */
export function getSession (): Promise<ApiResult<CurrentSession>> {
  return apiRequest('GET', '/api/session/current', undefined, { sessionRequired: false })
}

export function signOut (): Promise<ApiResult<void>> {
  return apiRequest('DELETE', '/api/session', undefined, { sessionRequired: false })
}

export function changeOwnPassword (request: ChangeOwnPasswordRequest): Promise<ApiResult<void>> {
  return apiRequest('PUT', '/api/session/password', request)
}

// Users (administrators)

export function listUsers (): Promise<ApiResult<{ users: UserInfo[] }>> {
  return apiRequest('GET', '/api/users')
}

export function createUser (request: CreateUserRequest): Promise<ApiResult<UserInfo>> {
  return apiRequest('POST', '/api/users', request)
}

export function updateUser (login: string, request: UpdateUserRequest): Promise<ApiResult<UserInfo>> {
  return apiRequest('PATCH', `/api/users/${enc(login)}`, request)
}

// Boards

export function listBoards (): Promise<ApiResult<{ boards: BoardSummary[] }>> {
  return apiRequest('GET', '/api/boards')
}

export function createBoard (request: CreateBoardRequest): Promise<ApiResult<BoardDetails>> {
  return apiRequest('POST', '/api/boards', request)
}

export function getBoard (id: string): Promise<ApiResult<BoardDetails>> {
  return apiRequest('GET', `/api/boards/${enc(id)}`)
}

/** Adds a member or changes their role. */
export function setMemberRole (boardId: string, login: string, role: Role): Promise<ApiResult<BoardDetails>> {
  return apiRequest('PUT', `/api/boards/${enc(boardId)}/members/${enc(login)}`, { role })
}

export function removeMember (boardId: string, login: string): Promise<ApiResult<BoardDetails>> {
  return apiRequest('DELETE', `/api/boards/${enc(boardId)}/members/${enc(login)}`)
}

/** People the board's owner may add, by name or login as typed (owners and administrators only). */
export function findMemberCandidates (boardId: string, query: string): Promise<ApiResult<{ users: MemberCandidate[] }>> {
  return apiRequest('GET', `/api/boards/${enc(boardId)}/member-candidates?q=${enc(query)}`)
}

/** Deletes the demo board (administrators; the server refuses real boards). */
export function deleteDemoBoard (id: string): Promise<ApiResult<void>> {
  return apiRequest('DELETE', `/api/boards/${enc(id)}`)
}
