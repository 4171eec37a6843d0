import { defineEntity, p, type InferEntity } from '@mikro-orm/core'

/**
 * This database's identity: one random id, made the first time it is needed, so that calendar
 * UIDs from two installations never collide. Emptying the database (Börja om) removes it with
 * the meetings, so reused meeting ids get a new identity too.
 */
export const Installation = defineEntity({
  name: 'Installation',
  properties: {
    id: p.string().length(36).primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
})
export type IInstallation = InferEntity<typeof Installation>
