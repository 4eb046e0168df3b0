/** A small REST client for tests: JSON in and out, one cookie jar per instance. */
export class ApiClient {
  cookie = ''

  constructor (readonly baseUrl: string) {}

  async request<T = unknown> (method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {}
    if (this.cookie) headers.cookie = this.cookie
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0]
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
  }

  async signIn (login: string, password: string): Promise<void> {
    const { status, body } = await this.request('POST', '/api/session', { login, password })
    if (status !== 200) throw new Error(`sign-in as ${login} failed: ${status} ${JSON.stringify(body)}`)
  }
}
