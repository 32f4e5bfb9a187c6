// The GraphQL client: a small fetch wrapper over the typed documents that
// graphql-codegen generates (src/gql). Files in the variables are sent with
// the GraphQL multipart request spec. The bearer token is kept in this module
// only: never in localStorage, sessionStorage or a cookie, so a reload logs out.
import type { TypedDocumentString } from '../../gql/graphql';

export const GRAPHQL_PATH = '/graphql';

let token: string | null = null;

export function setToken(next: string | null): void {
  token = next;
}

export function getToken(): string | null {
  return token;
}

/** One error of a GraphQL response, with its extensions.code (UNAUTHENTICATED, FORBIDDEN, …). */
export interface ResponseError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

/** A request that failed as a whole: transport failure or GraphQL errors. */
export class ApiError extends Error {
  readonly errors: ResponseError[];
  readonly status: number;
  constructor(errors: ResponseError[], status: number) {
    super(errors.map((e) => e.message).join('；') || `请求失败（HTTP ${status}）`);
    this.name = 'ApiError';
    this.errors = errors;
    this.status = status;
  }
  /** The first error's extensions.code, e.g. UNAUTHENTICATED. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

type Files = Map<File | Blob, string[]>;

function collectFiles(value: unknown, path: string, found: Files): unknown {
  if (typeof File !== 'undefined' && (value instanceof File || value instanceof Blob)) {
    const paths = found.get(value) ?? [];
    paths.push(path);
    found.set(value, paths);
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => collectFiles(v, `${path}.${i}`, found));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, collectFiles(v, `${path}.${k}`, found)]),
    );
  }
  return value;
}

/** Runs one operation; resolves with its data, rejects with ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = { Accept: 'application/graphql-response+json, application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const files: Files = new Map();
  const vars = collectFiles(variables ?? {}, 'variables', files) as Record<string, unknown>;
  const operation = { query: document.toString(), variables: vars };
  let body: BodyInit;
  if (files.size > 0) {
    const form = new FormData();
    form.append('operations', JSON.stringify(operation));
    const map: Record<string, string[]> = {};
    const list = [...files.entries()];
    list.forEach(([, paths], i) => (map[String(i)] = paths));
    form.append('map', JSON.stringify(map));
    list.forEach(([file], i) => form.append(String(i), file, file instanceof File ? file.name : `file${i}`));
    body = form;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(operation);
  }
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body, credentials: 'omit' });
  } catch {
    throw new ApiError([{ message: '无法连接服务器，请检查网络后重试' }], 0);
  }
  let json: { data?: TResult | null; errors?: ResponseError[] };
  try {
    json = await res.json();
  } catch {
    throw new ApiError([{ message: `服务器响应异常（HTTP ${res.status}）` }], res.status);
  }
  if (json.errors?.length) throw new ApiError(json.errors, res.status);
  if (!res.ok || json.data == null) throw new ApiError([], res.status);
  return json.data;
}

/** A download of a file route that needs the bearer token (tickets, receipts): fetch and hand it to the browser. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(path, { headers, credentials: 'omit' });
  if (!res.ok) {
    let message = `下载失败（HTTP ${res.status}）`;
    try {
      const text = (await res.text()).trim();
      if (text && text.length < 200 && !text.startsWith('<')) message = text;
    } catch {
      /* keep the status message */
    }
    throw new ApiError([{ message }], res.status);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  // filename* (RFC 6266, UTF-8) before the ASCII stand-in filename="____.pdf".
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
