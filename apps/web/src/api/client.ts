import type {
  Account,
  ChangePasswordBody,
  ChangePasswordReply,
  ErrorCode,
  FieldError,
  RegisterBody,
  SessionGrant,
  SignInBody,
  UpdateAccountBody,
} from './types';

const API_BASE = '/api/v1';

/** An error the UI can explain: an API error code, or `NETWORK` when no answer came back. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly status: number,
    readonly fields: readonly FieldError[] = [],
    readonly correlationId?: string,
    /** The error's other details (a CSV import's line, column and report, say). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Sends the access token and, on a 401, refreshes the session once and retries. */
  authenticated?: boolean;
}

type SessionListener = (account: Account | null) => void;

/**
 * The only way the app talks to the gateway. The access token lives in memory only (never in
 * storage, where any injected script could read it); the refresh token is an httpOnly cookie
 * that the browser sends by itself to /auth/refresh.
 */
class ApiClient {
  private accessToken: string | null = null;
  private refreshInFlight: Promise<Account | null> | null = null;
  private readonly sessionListeners = new Set<SessionListener>();
  private language = 'fr';

  setLanguage(language: string): void {
    this.language = language;
  }

  /** Told when the session starts, changes account, or ends (including when it expires). */
  onSessionChange(listener: SessionListener): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  register(body: RegisterBody): Promise<Account> {
    return this.startSession('/auth/register', body);
  }

  signIn(body: SignInBody): Promise<Account> {
    return this.startSession('/auth/login', body);
  }

  /** Restores the session from the refresh cookie; resolves to null when there is none. */
  refreshSession(): Promise<Account | null> {
    // Concurrent callers share one refresh: refresh tokens rotate, so a second parallel
    // refresh would present a token that was just replaced.
    this.refreshInFlight ??= this.send<SessionGrant>('/auth/refresh', { method: 'POST' })
      .then((grant) => this.acceptGrant(grant))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) {
          this.endSession();
          return null;
        }
        throw error;
      })
      .finally(() => {
        this.refreshInFlight = null;
      });
    return this.refreshInFlight;
  }

  async signOut(): Promise<void> {
    try {
      await this.send<void>('/auth/logout', { method: 'POST' });
    } catch {
      // Even if the gateway cannot be told, this tab forgets the session; the refresh
      // cookie then simply expires.
    }
    this.endSession();
  }

  async updateMyAccount(body: UpdateAccountBody): Promise<Account> {
    const account = await this.send<Account>('/me', { method: 'PATCH', body, authenticated: true });
    this.notify(account);
    return account;
  }

  changeMyPassword(body: ChangePasswordBody): Promise<ChangePasswordReply> {
    return this.send<ChangePasswordReply>('/me/password', { method: 'POST', body, authenticated: true });
  }

  /** A signed-in JSON call, for the feature modules (profile, directory…) that keep their own typed wrappers. */
  call<T>(method: Method, path: string, body?: unknown): Promise<T> {
    return this.send<T>(path, { method, body, authenticated: true });
  }

  /**
   * An image only signed-in people may load (an <img> cannot send the access token), as an
   * object URL the caller revokes; null when there is none (404).
   */
  async imageUrl(path: string): Promise<string | null> {
    const load = () =>
      fetch(path, {
        headers: this.accessToken ? { Authorization: `Bearer ${this.accessToken}` } : {},
        credentials: 'same-origin',
      });
    let response = await load().catch(() => null);
    if (response?.status === 401 && (await this.refreshSession())) response = await load().catch(() => null);
    if (!response?.ok) return null;
    return URL.createObjectURL(await response.blob());
  }

  /**
   * A signed-in download (an <a href> cannot send the access token): the file and the name
   * the gateway gave it in Content-Disposition.
   */
  async download(path: string): Promise<{ blob: Blob; fileName: string | null }> {
    const load = () =>
      fetch(`${API_BASE}${path}`, {
        headers: this.accessToken ? { Authorization: `Bearer ${this.accessToken}` } : {},
        credentials: 'same-origin',
      }).catch(() => {
        throw new ApiError('NETWORK', 'The server could not be reached', 0);
      });
    let response = await load();
    if (response.status === 401 && (await this.refreshSession())) response = await load();
    if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
    const disposition = response.headers.get('content-disposition') ?? '';
    return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  }

  private async startSession(path: string, body: RegisterBody | SignInBody): Promise<Account> {
    const grant = await this.send<SessionGrant>(path, { method: 'POST', body });
    return this.acceptGrant(grant);
  }

  private acceptGrant(grant: SessionGrant): Account {
    this.accessToken = grant.accessToken;
    this.notify(grant.account);
    return grant.account;
  }

  private endSession(): void {
    this.accessToken = null;
    this.notify(null);
  }

  private notify(account: Account | null): void {
    for (const listener of this.sessionListeners) listener(account);
  }

  private async send<T>(path: string, options: RequestOptions): Promise<T> {
    try {
      return await this.sendOnce<T>(path, options);
    } catch (error) {
      if (!(options.authenticated && error instanceof ApiError && error.status === 401)) throw error;
      // The access token may simply have expired: refresh once, then retry once. If the retry
      // is refused too (a wrong current password, say), that answer goes to the caller.
      const account = await this.refreshSession();
      if (account === null) throw error;
      return this.sendOnce<T>(path, options);
    }
  }

  private async sendOnce<T>(
    path: string,
    { method = 'GET', body, authenticated = false }: RequestOptions,
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.language };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (authenticated && this.accessToken) headers.Authorization = `Bearer ${this.accessToken}`;

    let response: Response;
    try {
      response = await fetch(`${API_BASE}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError('NETWORK', 'The server could not be reached', 0);
    }

    if (response.status === 204) return undefined as T;
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) throw toApiError(response.status, payload);
    return payload as T;
  }
}

interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: { fields?: FieldError[]; [key: string]: unknown };
    correlationId?: string;
  };
}

function isErrorBody(payload: unknown): payload is ErrorBody {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return false;
  const { error } = payload;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

function toApiError(status: number, payload: unknown): ApiError {
  if (!isErrorBody(payload)) return new ApiError(fallbackCode(status), `HTTP ${status}`, status);
  const { code, message, details, correlationId } = payload.error;
  return new ApiError(code, message, status, details?.fields ?? [], correlationId, details ?? {});
}

/** For answers without our error body, such as a proxy's own 502 page. */
function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503 || status === 502) return 'UPSTREAM_UNAVAILABLE';
  if (status === 504) return 'UPSTREAM_TIMEOUT';
  return 'INTERNAL';
}

export const api = new ApiClient();
