/**
 * Builds the object that the page sees as `window.api`: one method per procedure, grouped by
 * area, each returning the raw `Result` (errors as values: Error classes do not survive the
 * context bridge). Self-contained on purpose: the e2e harness serialises it into the page.
 */
export function buildBridge(
  names: readonly string[],
  invoke: (name: string, input: unknown) => Promise<unknown>,
): Record<string, Record<string, (input?: unknown) => Promise<unknown>>> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const name of names) {
    const dot = name.indexOf('.')
    const area = name.slice(0, dot)
    const verb = name.slice(dot + 1)
    const group = (api[area] ??= {})
    group[verb] = (input?: unknown) => invoke(name, input === undefined ? {} : input)
  }
  for (const group of Object.values(api)) Object.freeze(group)
  return Object.freeze(api)
}
