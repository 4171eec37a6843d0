import { isMainThread, parentPort, Worker } from 'node:worker_threads'
import { AppError, type ErrorBody } from '../../shared/api/errors.ts'

/** Bounds for one piece of work in its worker thread. */
export interface WorkerLimits {
  timeoutMs: number
  maxOldGenerationSizeMb: number
  maxYoungGenerationSizeMb: number
  stackSizeMb: number
}

/** What a worker entry answers for task `id`: its value, or an AppError body. */
export type WorkerAnswer<T> = { id: number } & (
  { ok: true; value: T } | { ok: false; error: ErrorBody }
)

/** The errors the secretary sees when the worker does not answer: each says what to do. */
export interface WorkerFailures {
  timeout: () => AppError
  outOfMemory: () => AppError
  failed: () => AppError
}

/**
 * A worker entry's file. From the TypeScript sources (tests, CLI, dev) it lies beside the module
 * that asks (`from` is that module's import.meta.url); in the electron-vite build every worker is
 * its own main entry, out/main/<name>.js (electron.vite.config.ts), while the asking module is in
 * out/main/index.js or out/main/chunks/. The name is put together at runtime so that Vite does not
 * take it for an asset.
 */
export function workerFile(from: string, name: string): URL {
  if (from.endsWith('.ts')) return new URL(`./${name}.ts`, from)
  const inChunk = /\/chunks\/[^/]+$/.test(new URL(from).pathname)
  return new URL(`${inChunk ? '../' : './'}${name}.js`, from)
}

/**
 * Runs tasks in a worker thread, one at a time: resource limits for its heap and a timeout per
 * task (a task over time, out of memory or crashing ends the worker; the next task gets a new one).
 * With `keepAliveMs` 0 every task gets a fresh worker (an uploaded file cannot leave anything
 * behind); otherwise the worker waits that long for the next task, so its libraries load once for
 * a run of exports, and then ends, giving its memory back. An idle worker does not keep the
 * process alive.
 */
export function workerRunner(
  file: URL,
  limits: WorkerLimits,
  failures: WorkerFailures,
  keepAliveMs = 0,
) {
  let worker: Worker | null = null
  let idle: NodeJS.Timeout | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let nextId = 0

  const stop = (ended: Worker) => {
    if (worker === ended) worker = null
    void ended.terminate()
  }

  function runOne<T>(input: unknown, transfer: ArrayBuffer[]): Promise<T> {
    clearTimeout(idle)
    const current =
      worker ??
      (worker = new Worker(file, {
        resourceLimits: {
          maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
          maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
          stackSizeMb: limits.stackSizeMb,
        },
        stdout: true,
        stderr: true,
      }))
    current.ref()
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      let settled = false
      const finish = (outcome: () => void, keep: boolean) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        current.off('message', onMessage)
        current.off('error', onError)
        current.off('exit', onExit)
        if (keep && keepAliveMs > 0) {
          current.unref()
          idle = setTimeout(() => stop(current), keepAliveMs)
          idle.unref()
        } else stop(current)
        outcome()
      }
      const onMessage = (message: WorkerAnswer<T>) => {
        if (message.id !== id) return
        finish(
          () => (message.ok ? resolve(message.value) : reject(AppError.fromBody(message.error))),
          true,
        )
      }
      const onError = (error: Error & { code?: string }) =>
        finish(
          () =>
            reject(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? failures.outOfMemory()
                : failures.failed(),
            ),
          false,
        )
      const onExit = () => finish(() => reject(failures.failed()), false)
      const timer = setTimeout(
        () => finish(() => reject(failures.timeout()), false),
        limits.timeoutMs,
      )
      current.on('message', onMessage)
      current.on('error', onError)
      current.on('exit', onExit)
      current.postMessage({ id, input }, transfer)
    })
  }

  return {
    run<T>(input: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
      const next = queue.then(
        () => runOne<T>(input, transfer),
        () => runOne<T>(input, transfer),
      )
      queue = next.catch(() => undefined)
      return next
    },
  }
}

/**
 * The worker side: answers each task with `handle`'s value (its `transfer` moved, not copied) or
 * with the AppError it threw; anything else becomes `unexpected`. Does nothing on the main thread.
 */
export function serveTasks(
  handle: (input: unknown) => Promise<{ value: unknown; transfer?: ArrayBuffer[] }>,
  unexpected: ErrorBody,
): void {
  if (isMainThread || !parentPort) return
  const port = parentPort
  port.on('message', ({ id, input }: { id: number; input: unknown }) => {
    handle(input).then(
      ({ value, transfer }) => port.postMessage({ id, ok: true, value }, transfer ?? []),
      (error: unknown) =>
        port.postMessage({
          id,
          ok: false,
          error: error instanceof AppError ? error.toBody() : unexpected,
        }),
    )
  })
}
