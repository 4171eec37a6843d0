import type { EntityManager } from '@mikro-orm/sqlite'
import { invalid, notFound } from '../../../shared/api/errors.ts'
import { PRESENTATION_KEY } from '../../../shared/domain/meetings.ts'
import { AgendaItem, type IMeeting } from '../../db/entities/meetings.ts'
import { Body, Organisation, Person } from '../../db/entities/register.ts'
import type { AreaHandlers } from '../types.ts'
import { checkAgendaEditable, findMeeting, meetingDto, touch } from './load.ts'
import { checkVersion } from '../version.ts'
import { copyRecurringItems } from './meetings.ts'
import { presentationItem } from './rotation.ts'
import { m } from '../../../shared/messages/index.ts'

/** The meeting, checked for version and that its agenda may change. */
async function editableMeeting(em: EntityManager, id: number, version: number): Promise<IMeeting> {
  const meeting = await findMeeting(em, id)
  checkVersion(meeting, version, 'meeting')
  checkAgendaEditable(meeting)
  return meeting
}

async function findItem(em: EntityManager, id: number) {
  const item = await em.findOne(AgendaItem, { id }, { populate: ['meeting.body'] })
  if (!item) throw notFound('item')
  return item
}

async function presenters(
  em: EntityManager,
  input: { presenterPersonId: number | null; presenterOrganisationId: number | null },
) {
  const person =
    input.presenterPersonId === null
      ? null
      : await em.findOne(Person, { id: input.presenterPersonId })
  if (input.presenterPersonId !== null && !person)
    throw invalid(m('meetings.presenterMissing'), 'presenterPersonId')
  const organisation =
    input.presenterOrganisationId === null
      ? null
      : await em.findOne(Organisation, { id: input.presenterOrganisationId })
  if (input.presenterOrganisationId !== null && !organisation)
    throw invalid(m('meetings.presenterOrganisationMissing'), 'presenterOrganisationId')
  return { presenterPerson: person, presenterOrganisation: organisation }
}

async function orderedItems(em: EntityManager, meetingId: number) {
  return em.find(AgendaItem, { meeting: meetingId }, { orderBy: { position: 'asc', id: 'asc' } })
}

const renumber = (items: { position: number }[]) =>
  items.forEach((item, index) => (item.position = index))

export const agendaHandlers: Pick<
  AreaHandlers<'meetings'>,
  | 'meetings.addItem'
  | 'meetings.updateItem'
  | 'meetings.removeItem'
  | 'meetings.duplicateItem'
  | 'meetings.reorderItems'
  | 'meetings.copyRecurring'
  | 'meetings.setPresentingGroup'
> = {
  async 'meetings.addItem'(
    { em, clock },
    { meetingId, version, afterItemId, presenterPersonId, presenterOrganisationId, ...fields },
  ) {
    const meeting = await editableMeeting(em, meetingId, version)
    const items = await orderedItems(em, meetingId)
    const after = afterItemId
      ? items.findIndex((item) => item.id === afterItemId)
      : items.length - 1
    if (afterItemId && after === -1) throw invalid(m('meetings.afterItemMissing'), 'afterItemId')
    const item = em.create(AgendaItem, {
      meeting,
      position: 0,
      ...fields,
      ...(await presenters(em, { presenterPersonId, presenterOrganisationId })),
    })
    items.splice(after + 1, 0, item)
    renumber(items)
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.updateItem'(
    { em, clock },
    { id, version, presenterPersonId, presenterOrganisationId, ...fields },
  ) {
    const item = await findItem(em, id)
    const meeting = await editableMeeting(em, item.meeting.id, version)
    em.assign(item, {
      ...fields,
      ...(await presenters(em, { presenterPersonId, presenterOrganisationId })),
    })
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.removeItem'({ em, clock }, { id, version }) {
    const item = await findItem(em, id)
    const meeting = await editableMeeting(em, item.meeting.id, version)
    const items = await orderedItems(em, meeting.id)
    if (items.length === 1 && meeting.status !== 'planned') {
      throw invalid(m('meetings.calledAgendaEmpty'))
    }
    em.remove(item)
    renumber(items.filter((other) => other.id !== id))
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.duplicateItem'({ em, clock }, { id, version }) {
    const item = await findItem(em, id)
    const meeting = await editableMeeting(em, item.meeting.id, version)
    const items = await orderedItems(em, meeting.id)
    const copy = em.create(AgendaItem, {
      meeting,
      position: 0,
      title: item.title,
      description: item.description ?? null,
      kind: item.kind,
      presenterPerson: item.presenterPerson ?? null,
      presenterOrganisation: item.presenterOrganisation ?? null,
      plannedMinutes: item.plannedMinutes,
      recurring: item.recurring,
      // A copy is an ordinary item: only one item holds a standing key or a presenting group.
      standingKey: null,
    })
    items.splice(items.findIndex((other) => other.id === id) + 1, 0, copy)
    renumber(items)
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.reorderItems'({ em, clock }, { meetingId, version, itemIds }) {
    const meeting = await editableMeeting(em, meetingId, version)
    const items = await orderedItems(em, meetingId)
    const byId = new Map(items.map((item) => [item.id, item]))
    if (
      itemIds.length !== items.length ||
      new Set(itemIds).size !== itemIds.length ||
      itemIds.some((itemId) => !byId.has(itemId))
    ) {
      throw invalid(m('meetings.agendaChanged'), 'itemIds')
    }
    itemIds.forEach((itemId, position) => (byId.get(itemId)!.position = position))
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
  async 'meetings.copyRecurring'({ em, clock }, { meetingId, version }) {
    const meeting = await editableMeeting(em, meetingId, version)
    const items = await orderedItems(em, meetingId)
    const copied = await copyRecurringItems(em, meeting, items)
    touch(meeting)
    await em.flush()
    return { ...(await meetingDto(em, meeting, clock.today())), copied }
  },
  async 'meetings.setPresentingGroup'({ em, clock }, { meetingId, version, localGroupId }) {
    const meeting = await editableMeeting(em, meetingId, version)
    if (meeting.body.kind !== 'council')
      throw invalid(m('meetings.onlyCouncilPresents'), 'localGroupId')
    let group = null
    if (localGroupId !== null) {
      group = await em.findOne(Body, { id: localGroupId })
      if (!group || group.kind !== 'localGroup' || group.parent?.id !== meeting.body.id) {
        throw invalid(m('meetings.chooseOwnGroup', { body: meeting.body.name }), 'localGroupId')
      }
    }
    const item =
      localGroupId === null
        ? await em.findOne(AgendaItem, { meeting: meetingId, standingKey: PRESENTATION_KEY })
        : await presentationItem(em, meeting)
    if (item) item.localGroup = group
    touch(meeting)
    await em.flush()
    return meetingDto(em, meeting, clock.today())
  },
}
