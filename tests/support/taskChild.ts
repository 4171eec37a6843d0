// A child process entry for the runner's protection tests (tests/unit/documentProcess.test.ts):
// each task says what to do — answer, never answer, fill the heap, end the process, or say its
// heap limit.
import { getHeapStatistics } from 'node:v8'
import { AppError } from '../../src/shared/api/errors.ts'
import { m } from '../../src/shared/messages/index.ts'
import { serveTasks } from '../../src/main/workers/runWorker.ts'

serveTasks(
  async (input) => {
    if (input === 'hang') await new Promise(() => undefined)
    if (input === 'eat') {
      const kept: number[][] = []
      for (;;) kept.push(Array.from({ length: 100_000 }, (_, index) => index + kept.length))
    }
    if (input === 'exit') process.exit(3)
    if (input === 'heapLimit') return { value: getHeapStatistics().heap_size_limit }
    return { value: new Uint8Array([1, 2, 3]) }
  },
  new AppError('INTERNAL', m('exports.documentNotCreated')).toBody(),
)
