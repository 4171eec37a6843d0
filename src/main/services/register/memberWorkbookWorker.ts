// Worker thread entry: reads a member workbook away from the main thread, under the resource
// limits the parent sets (readWorkbookIsolated.ts, workers/runWorker.ts). Answers the rows, or the
// AppError's reason.
import { invalid } from '../../../shared/api/errors.ts'
import { m } from '../../../shared/messages/index.ts'
import { serveTasks } from '../../workers/runWorker.ts'
import { readMemberWorkbook } from './memberWorkbook.ts'

serveTasks(
  async (input) => ({ value: await readMemberWorkbook(input as Uint8Array) }),
  invalid(m('register.workbookDamaged'), 'file').toBody(),
)
