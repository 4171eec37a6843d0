import { Worker } from 'node:worker_threads'
import { AppError, type ErrorBody } from '../../shared/api/errors.ts'

/** Bounds for one piece of work in its worker thread. */
export interface WorkerLimits {
  timeoutMs: number
  maxOldGenerationSizeMb: number
  maxYoungGenerationSizeMb: number
  stackSizeMb: number
}

/** What a worker entry answers: its value, or an AppError body. */
export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; error: ErrorBody }

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
 * Runs one worker to its answer: resource limits for its heap, a timeout, and the worker ended
 * whatever happens. The input is copied to the worker (structured clone) except what is in
 * `transfer`; the worker's answer may transfer its bytes back.
 */
export function runWorker<T>(
  file: URL,
  input: unknown,
  limits: WorkerLimits,
  failures: WorkerFailures,
  transfer: ArrayBuffer[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: input,
      transferList: transfer,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
        stackSizeMb: limits.stackSizeMb,
      },
      stdout: true,
      stderr: true,
    })
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(() => finish(() => reject(failures.timeout())), limits.timeoutMs)
    worker.once('message', (message: WorkerAnswer<T>) =>
      finish(() =>
        message.ok ? resolve(message.value) : reject(AppError.fromBody(message.error)),
      ),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? failures.outOfMemory() : failures.failed(),
        ),
      ),
    )
    worker.once('exit', () => finish(() => reject(failures.failed())))
  })
}
