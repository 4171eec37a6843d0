import { backupApi } from './backup.ts'
import { exportsApi } from './exports.ts'
import type { InputOf, OutputOf } from './procedure.ts'
import { goalsApi } from './goals.ts'
import { budgetApi } from './budget.ts'
import { indicatorsApi } from './indicators.ts'
import { attendanceApi } from './attendance.ts'
import { meetingsApi } from './meetings.ts'
import { minutesApi } from './minutes.ts'
import { registerApi } from './register.ts'
import { reportsApi } from './reports.ts'
import { systemApi } from './system.ts'

/** The whole contract: every procedure the main process serves, by name. */
export const contract = {
  ...systemApi,
  ...registerApi,
  ...goalsApi,
  ...budgetApi,
  ...indicatorsApi,
  ...reportsApi,
  ...meetingsApi,
  ...backupApi,
  ...exportsApi,
  ...attendanceApi,
  ...minutesApi,
}

export type ContractType = typeof contract
export type ProcedureName = keyof ContractType
export const procedureNames = Object.keys(contract) as ProcedureName[]

type Area<N> = N extends `${infer A}.${string}` ? A : never
type Verb<N, A extends string> = N extends `${A}.${infer V}` ? V : never

/** A procedure's input as call arguments: required where the schema requires a field, else optional. */
export type CallInput<N extends ProcedureName> =
  Record<never, never> extends InputOf<ContractType[N]>
    ? [input?: InputOf<ContractType[N]>]
    : [input: InputOf<ContractType[N]>]

/** The client's shape: api.register.listOrganisations(input) -> Promise<output>. */
export type Api = {
  [A in Area<ProcedureName>]: {
    [V in Verb<ProcedureName, A>]: (
      ...input: CallInput<`${A}.${V}` & ProcedureName>
    ) => Promise<OutputOf<ContractType[`${A}.${V}` & ProcedureName]>>
  }
}
