import { Alert, Button, Card, Group, MultiSelect, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useContext, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MinutesDto } from '../../../shared/api/minutes.ts'
import { errorMessage, fieldErrors } from '../api.ts'
import { useProcedureMutation, useToday } from '../components/procedures.ts'
import { AutosaveContext } from '../components/useAutosave.ts'
import { useConfirm } from '../components/useConfirm.tsx'
import { datePlaceholder } from '../i18n/index.ts'

/**
 * The one place where the minutes are adjusted: adjusters, last day and place, then the date the
 * adjusters signed. Adjusting locks the minutes and the attendance (the server does both in one step),
 * so unsaved paragraph text is saved first and the secretary confirms in the app's dialog.
 */
export function AdjustmentCard({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const setAdjustment = useProcedureMutation('minutes.setAdjustment')
  const adjust = useProcedureMutation('minutes.adjust')
  const askToConfirm = useConfirm()
  const [adjusters, setAdjusters] = useState(
    minutes.adjusters.map((person) => String(person.personId)),
  )
  const [adjustBy, setAdjustBy] = useState(minutes.adjustBy ?? '')
  const [place, setPlace] = useState(minutes.adjustPlace ?? '')
  const registry = useContext(AutosaveContext)
  const [adjustedOn, setAdjustedOn] = useState(useToday())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const run = async (work: () => Promise<unknown>) => {
    setErrors({})
    try {
      await work()
    } catch (error) {
      const fields = fieldErrors(error)
      setErrors(fields)
      if (Object.keys(fields).length === 0)
        notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  return (
    <Card
      withBorder
      id="adjustment"
      component="section"
      aria-labelledby="adjustment-title"
      style={{ scrollMarginTop: 68 }}
    >
      <Title order={2} size="h4" mb={4} id="adjustment-title" tabIndex={-1}>
        {t('adjustment.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('adjustment.proposed', {
          names: minutes.proposedAdjusters.map((person) => person.name).join(', ') || '—',
        })}
      </Text>
      {minutes.adjustOverdue && (
        <Alert color="orange" mb="xs">
          {t('page.adjustOverdue', { date: minutes.adjustBy })}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('adjustment.adjusters')}
          data={minutes.adjusterCandidates.map((person) => ({
            value: String(person.personId),
            label: person.name,
          }))}
          value={adjusters}
          onChange={setAdjusters}
          maxValues={2}
          w={360}
          error={errors.adjusterIds}
        />
        <TextInput
          label={t('adjustment.adjustBy')}
          value={adjustBy}
          onChange={(event) => setAdjustBy(event.currentTarget.value)}
          w={130}
          error={errors.adjustBy}
        />
        <TextInput
          label={t('adjustment.place')}
          value={place}
          onChange={(event) => setPlace(event.currentTarget.value)}
          w={220}
        />
        <Button
          variant="default"
          loading={setAdjustment.isPending}
          onClick={() =>
            run(() =>
              setAdjustment.mutateAsync({
                meetingId: minutes.meetingId,
                version: minutes.version,
                adjusterIds: adjusters.map(Number),
                adjustBy,
                adjustPlace: place,
              }),
            )
          }
        >
          {t('adjustment.save')}
        </Button>
      </Group>
      <Group align="flex-end" mt="sm">
        <TextInput
          label={t('adjustment.adjustedOn')}
          placeholder={datePlaceholder()}
          description={t('adjustment.adjustedOnHint')}
          value={adjustedOn}
          onChange={(event) => setAdjustedOn(event.currentTarget.value)}
          w={200}
          error={errors.adjustedOn}
        />
        <Button
          color="teal"
          loading={adjust.isPending}
          onClick={async () => {
            if (!(await registry.flushAll())) {
              notifications.show({ color: 'red', message: t('adjustment.unsavedText') })
              return
            }
            const confirmed = await askToConfirm({
              title: t('adjustment.confirmTitle', { date: adjustedOn || '—' }),
              message: t('adjustment.confirm'),
              confirmLabel: t('adjustment.adjust'),
            })
            if (confirmed)
              await run(() =>
                adjust.mutateAsync({
                  meetingId: minutes.meetingId,
                  version: minutes.version,
                  adjustedOn,
                }),
              )
          }}
        >
          {t('adjustment.adjust')}
        </Button>
      </Group>
    </Card>
  )
}
