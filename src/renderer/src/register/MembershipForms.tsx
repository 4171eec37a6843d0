import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { BodyDetailDto, MembershipDto } from '../../../shared/api/register.ts'
import { holdsSeat, ROLES, type Role } from '../../../shared/domain/register.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedure, useProcedureMutation, useToday } from '../components/procedures.ts'
import { datePlaceholder } from '../i18n/index.ts'

function FormButtons({ pending, onClose }: { pending: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('actions.save')}
      </Button>
    </Group>
  )
}

export function SeatForm({ body, onClose }: { body: BodyDetailDto; onClose: () => void }) {
  const { t } = useTranslation('register')
  const organisations = useProcedure('register.listOrganisations', {})
  const addSeat = useProcedureMutation('register.addSeat')
  const form = useForm({ initialValues: { organisationId: null as string | null, label: '' } })
  const submit = form.onSubmit(async (values) => {
    try {
      await addSeat.mutateAsync({
        bodyId: body.id,
        organisationId: Number(values.organisationId),
        label: values.label,
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(
        Object.keys(errors).length > 0 ? errors : { organisationId: errorMessage(error) },
      )
    }
  })
  return (
    <Modal opened onClose={onClose} title={`${t('body.addSeat')} – ${body.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('body.seatOrganisation')}
            required
            searchable
            data-autofocus
            data={(organisations.data ?? []).map((organisation) => ({
              value: String(organisation.id),
              label: organisation.name,
            }))}
            {...form.getInputProps('organisationId')}
          />
          <TextInput label={t('body.seatLabel')} {...form.getInputProps('label')} />
          <FormButtons pending={addSeat.isPending} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}

export function MembershipForm({ body, onClose }: { body: BodyDetailDto; onClose: () => void }) {
  const { t } = useTranslation('register')
  const people = useProcedure('register.listPeople', {})
  const add = useProcedureMutation('register.addMembership')
  const today = useToday()
  const form = useForm({
    initialValues: {
      personId: null as string | null,
      role: 'member' as Role,
      seatId: null as string | null,
      deputyForId: null as string | null,
      from: today,
      to: '',
    },
  })
  const members = body.seats.flatMap((seat) => seat.holders)
  const role = form.values.role
  const submit = form.onSubmit(async (values) => {
    try {
      await add.mutateAsync({
        bodyId: body.id,
        personId: Number(values.personId),
        role: values.role,
        seatId:
          values.seatId &&
          (holdsSeat(values.role) || (values.role === 'deputy' && !values.deputyForId))
            ? Number(values.seatId)
            : null,
        deputyForId:
          values.role === 'deputy' && values.deputyForId ? Number(values.deputyForId) : null,
        from: values.from,
        to: values.to,
      })
      onClose()
    } catch (error) {
      const errors = fieldErrors(error)
      form.setErrors(Object.keys(errors).length > 0 ? errors : { personId: errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={`${t('body.addMember')} – ${body.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('body.memberPerson')}
            required
            searchable
            data-autofocus
            data={(people.data ?? []).map((person) => ({
              value: String(person.id),
              label: person.organisationName
                ? `${person.name} (${person.organisationName})`
                : person.name,
            }))}
            {...form.getInputProps('personId')}
          />
          <Select
            label={t('body.memberRole')}
            allowDeselect={false}
            data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
            {...form.getInputProps('role')}
          />
          {(holdsSeat(role) || role === 'deputy') && (
            <Select
              label={t('body.memberSeat')}
              placeholder={t('body.noSeat')}
              clearable
              data={body.seats.map((seat) => ({ value: String(seat.id), label: seat.label }))}
              {...form.getInputProps('seatId')}
            />
          )}
          {role === 'deputy' && (
            <Select
              label={t('body.memberDeputyFor')}
              description={t('body.memberDeputyHint')}
              clearable
              data={members.map((member) => ({
                value: String(member.id),
                label: member.personName,
              }))}
              {...form.getInputProps('deputyForId')}
            />
          )}
          <Group grow>
            <TextInput
              label={t('body.memberFrom')}
              placeholder={datePlaceholder()}
              required
              {...form.getInputProps('from')}
            />
            <TextInput
              label={t('body.memberTo')}
              placeholder={datePlaceholder()}
              {...form.getInputProps('to')}
            />
          </Group>
          <FormButtons pending={add.isPending} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}

export function EndMembershipForm({
  membership,
  onClose,
}: {
  membership: MembershipDto
  onClose: () => void
}) {
  const { t } = useTranslation('register')
  const end = useProcedureMutation('register.endMembership')
  const today = useToday()
  const form = useForm({ initialValues: { to: today } })
  const submit = form.onSubmit(async (values) => {
    try {
      await end.mutateAsync({ id: membership.id, to: values.to })
      onClose()
    } catch (error) {
      form.setErrors({ to: fieldErrors(error).to ?? errorMessage(error) })
    }
  })
  return (
    <Modal opened onClose={onClose} title={t('body.endTitle', { name: membership.personName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('body.endDate')}
            placeholder={datePlaceholder()}
            data-autofocus
            {...form.getInputProps('to')}
          />
          <FormButtons pending={end.isPending} onClose={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}
