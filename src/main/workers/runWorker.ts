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
 * One running worker, a thread or a process, as the runner sees it: `ended` is called once, when
 * it ends by itself (crashed, killed, out of memory); `stop` ends it. `hold(false)` lets the
 * asking process end while the worker waits idle.
 */
export interface TaskWorker {
  post(message: { id: number; input: unknown }, transfer: ArrayBuffer[]): void
  onMessage(listener: (message: WorkerAnswer<unknown>) => void): () => void
  onEnded(listener: (outOfMemory: boolean) => void): () => void
  hold(held: boolean): void
  stop(): void
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

/** A worker thread under resource limits for its heap (the member-workbook reader). */
export function threadWorker(file: URL, limits: WorkerLimits): TaskWorker {
  const worker = new Worker(file, {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
      stackSizeMb: limits.stackSizeMb,
    },
    stdout: true,
    stderr: true,
  })
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    onMessage(listener) {
      worker.on('message', listener)
      return () => worker.off('message', listener)
    },
    onEnded(listener) {
      const onError = (error: Error & { code?: string }) =>
        listener(error.code === 'ERR_WORKER_OUT_OF_MEMORY')
      const onExit = () => listener(false)
      worker.on('error', onError)
      worker.on('exit', onExit)
      return () => {
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
    },
    hold: (held) => (held ? worker.ref() : worker.unref()),
    stop: () => void worker.terminate(),
  }
}

/**
 * Runs tasks in a worker that `start` makes, one at a time, with a timeout per task (a task over
 * time, out of memory or crashing ends the worker; the next task gets a new one). With
 * `keepAliveMs` 0 every task gets a fresh worker (an uploaded file cannot leave anything behind);
 * otherwise the worker waits that long for the next task, so its libraries load once for a run of
 * exports, and then ends, giving its memory back. An idle worker does not keep the process alive.
 */
export function taskRunner(
  start: () => TaskWorker,
  timeoutMs: number,
  failures: WorkerFailures,
  keepAliveMs = 0,
) {
  let worker: TaskWorker | null = null
  let idle: NodeJS.Timeout | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let nextId = 0

  const stop = (ended: TaskWorker) => {
    if (worker === ended) worker = null
    ended.stop()
  }

  function runOne<T>(input: unknown, transfer: ArrayBuffer[]): Promise<T> {
    clearTimeout(idle)
    const current = worker ?? (worker = start())
    current.hold(true)
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      let settled = false
      const finish = (outcome: () => void, keep: boolean) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        offMessage()
        offEnded()
        if (keep && keepAliveMs > 0) {
          current.hold(false)
          idle = setTimeout(() => stop(current), keepAliveMs)
          idle.unref()
        } else stop(current)
        outcome()
      }
      const offMessage = current.onMessage((message) => {
        if (message.id !== id) return
        finish(
          () =>
            message.ok ? resolve(message.value as T) : reject(AppError.fromBody(message.error)),
          true,
        )
      })
      const offEnded = current.onEnded((outOfMemory) =>
        finish(() => reject(outOfMemory ? failures.outOfMemory() : failures.failed()), false),
      )
      const timer = setTimeout(() => finish(() => reject(failures.timeout()), false), timeoutMs)
      current.post({ id, input }, transfer)
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

/** Tasks in a worker thread under `limits` (see threadWorker and taskRunner). */
export function workerRunner(
  file: URL,
  limits: WorkerLimits,
  failures: WorkerFailures,
  keepAliveMs = 0,
) {
  return taskRunner(() => threadWorker(file, limits), limits.timeoutMs, failures, keepAliveMs)
}

/** Where a worker entry hears its tasks and answers: its thread's port or its process's channel. */
interface TaskPort {
  listen(listener: (task: { id: number; input: unknown }) => void): void
  answer(message: WorkerAnswer<unknown>, transfer: ArrayBuffer[]): void
}

/**
 * In a worker thread, its parentPort; in an Electron utility process, process.parentPort (messages
 * come as events with `data`); in a Node child process (child_process.fork), process.send.
 */
function taskPort(): TaskPort | null {
  if (!isMainThread && parentPort) {
    const port = parentPort
    return {
      listen: (listener) => port.on('message', listener),
      answer: (message, transfer) => port.postMessage(message, transfer),
    }
  }
  const electron = (
    process as {
      parentPort?: {
        on(event: 'message', listener: (event: { data: unknown }) => void): void
        postMessage(message: unknown): void
      }
    }
  ).parentPort
  if (electron)
    return {
      listen: (listener) =>
        electron.on('message', (event) => listener(event.data as { id: number; input: unknown })),
      answer: (message) => electron.postMessage(message),
    }
  const send = process.send?.bind(process)
  if (send)
    return {
      listen: (listener) => process.on('message', listener),
      answer: (message) => void send(message),
    }
  return null
}

/**
 * The worker side: answers each task with `handle`'s value (its `transfer` moved, not copied,
 * between threads) or with the AppError it threw; anything else becomes `unexpected`. A process
 * also says its resident memory with each answer (`rss`, for the bench). Does nothing when run
 * other than as a worker.
 */
export function serveTasks(
  handle: (input: unknown) => Promise<{ value: unknown; transfer?: ArrayBuffer[] }>,
  unexpected: ErrorBody,
): void {
  const port = taskPort()
  if (!port) return
  const rss = () => (isMainThread ? { rss: process.memoryUsage.rss() } : {})
  port.listen(({ id, input }) => {
    handle(input).then(
      ({ value, transfer }) => port.answer({ id, ok: true, value, ...rss() }, transfer ?? []),
      (error: unknown) =>
        port.answer(
          {
            id,
            ok: false,
            error: error instanceof AppError ? error.toBody() : unexpected,
            ...rss(),
          },
          [],
        ),
    )
  })
}
