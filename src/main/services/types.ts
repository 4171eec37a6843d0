import type { ContractType, ProcedureName } from '../../shared/api/index.ts'
import type { OutputOf, ParsedInputOf } from '../../shared/api/procedure.ts'
import type { PendingDocument, ServiceContext } from '../context.ts'

type ServiceOutput<N extends ProcedureName> = ContractType[N]['kind'] extends 'document'
  ? PendingDocument
  : OutputOf<ContractType[N]>

export type Handler<N extends ProcedureName> = (
  ctx: ServiceContext,
  input: ParsedInputOf<ContractType[N]>,
) => Promise<ServiceOutput<N>>

/** The handlers for the procedures whose names start with `${Area}.`. */
export type AreaHandlers<Area extends string> = {
  [N in ProcedureName as N extends `${Area}.${string}` ? N : never]: Handler<N>
}

export type Handlers = { [N in ProcedureName]: Handler<N> }
