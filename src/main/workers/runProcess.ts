import { fork } from 'node:child_process'
import type { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type { TaskWorker, WorkerAnswer } from './runWorker.ts'

/**
 * A started child process as the runner needs it. Electron's utilityProcess and Node's
 * child_process both fit (src/main/utilityForker.ts, nodeForker below); messages are structured
 * clones, so a Uint8Array comes back a Uint8Array.
 */
export interface ForkedProcess {
  postMessage(message: unknown): void
  onMessage(listener: (message: unknown) => void): () => void
  /** Called once when the child has ended, saying whether V8 ran out of heap. */
  onExit(listener: (outOfMemory: boolean) => void): () => void
  kill(): void
  /** Whether an idle child keeps the asking process alive (a no-op in Electron, which quits). */
  hold(held: boolean): void
}

/** Starts `file` (a worker entry) as a child process with Node options `execArgv`. */
export type ProcessForker = (file: string, execArgv: string[], serviceName: string) => ForkedProcess

/** V8's last words when a heap limit is reached (Node: "JavaScript heap out of memory"). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit/i

/**
 * Keeps the end of a child's stderr, enough to tell an out-of-memory end from another crash:
 * `outOfMemory` answers once the pipe has closed (the exit may come before its last bytes).
 */
export function stderrTail(stream: NodeJS.ReadableStream | null | undefined) {
  let text = ''
  const closed = new Promise<void>((done) => {
    if (!stream) return done()
    stream.on('data', (chunk: Buffer) => (text = (text + chunk.toString()).slice(-4096)))
    stream.once('close', done)
  })
  return {
    outOfMemory: async (more = '') => (await closed, OUT_OF_MEMORY.test(text + more)),
  }
}

/** Plain Node (CLI, tests, bench): child_process.fork of the same Node, V8-serialised messages. */
export const nodeForker: ProcessForker = (file, execArgv) => {
  const child = fork(file, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  const stderr = child.stderr as (Readable & { ref(): void; unref(): void }) | null
  const tail = stderrTail(stderr)
  return {
    postMessage: (message) => void child.send(message as object),
    onMessage(listener) {
      child.on('message', listener)
      return () => child.off('message', listener)
    },
    onExit(listener) {
      const onExit = () => void tail.outOfMemory().then(listener)
      child.once('exit', onExit)
      return () => child.off('exit', onExit)
    },
    kill: () => void child.kill(),
    hold(held) {
      for (const handle of [child, child.channel, stderr]) {
        if (held) handle?.ref()
        else handle?.unref()
      }
    },
  }
}

let forker: ProcessForker = nodeForker

/** The Electron entry (src/main/index.ts) installs utilityProcess here once the app is ready. */
export function useProcessForker(next: ProcessForker): void {
  forker = next
}

/** A child process under a heap limit, started with the installed forker. */
export function processWorker(
  file: URL,
  maxOldGenerationSizeMb: number,
  serviceName: string,
): TaskWorker {
  const child = forker(
    fileURLToPath(file),
    [`--max-old-space-size=${maxOldGenerationSizeMb}`],
    serviceName,
  )
  let exited = false
  child.onExit(() => (exited = true))
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) =>
      child.onMessage((message) => listener(message as WorkerAnswer<unknown>)),
    onEnded: (listener) => child.onExit(listener),
    hold: (held) => child.hold(held),
    stop: () => void (exited || child.kill()),
  }
}
