import { utilityProcess } from 'electron'
import { stderrTail, type ProcessForker } from './workers/runProcess.ts'

/**
 * Child processes in the app are Electron utility processes: with the RunAsNode fuse off, the
 * packaged binary cannot be child_process.fork'ed as Node. The child reads process.parentPort
 * (workers/runWorker.ts serveTasks). V8's fatal errors (a heap limit reached among them) come as
 * the 'error' event before 'exit'; its location and report are read with the stderr's end.
 */
export const utilityForker: ProcessForker = (file, execArgv, serviceName) => {
  const child = utilityProcess.fork(file, [], {
    execArgv,
    serviceName,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const tail = stderrTail(child.stderr)
  let fatal = ''
  child.on('error', (_type, location, report) => (fatal += `${location}\n${report}`))
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage(listener) {
      child.on('message', listener)
      return () => child.off('message', listener)
    },
    onExit(listener) {
      const onExit = () => void tail.outOfMemory(fatal).then(listener)
      child.once('exit', onExit)
      return () => child.off('exit', onExit)
    },
    kill: () => void child.kill(),
    // Electron ends its utility processes when the app quits; an idle one holds nothing.
    hold: () => undefined,
  }
}
