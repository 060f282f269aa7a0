/**
 * The URL of an operation: `:name` segments filled in (encoded), then the query string from the
 * defined values. Pure, for the browser and for tests.
 *
 * @example apiPath('/api/orgs/:orgId/use-cases', { orgId: 'a1' }, { archived: 'true' }) // "/api/orgs/a1/use-cases?archived=true"
 */
export function apiPath(
  template: string,
  params: Record<string, string | number> | undefined,
  query?: Record<string, unknown>,
): string {
  const path = template.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`apiPath: no value for :${name} in ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(key, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}
