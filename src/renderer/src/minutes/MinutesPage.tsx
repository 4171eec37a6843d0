import { Alert, Button, Grid, Group, Stack, TextInput } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { MinutesDto } from '../../../shared/api/minutes.ts'
import { timeRange } from '../../../shared/domain/format.ts'
import { errorMessage } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { QueryState } from '../components/QueryState.tsx'
import { AutosaveContext, createAutosaveRegistry } from '../components/useAutosave.ts'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { AdjustmentCard } from './AdjustmentCard.tsx'
import { jumpToAdjustment, MinutesOutline } from './MinutesOutline.tsx'
import { NotBegun } from './NotBegun.tsx'
import { ParagraphCard } from './ParagraphCard.tsx'

function ExtraItem({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const add = useProcedureMutation('minutes.addParagraph')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <Group align="flex-end">
      <TextInput
        label={t('page.extraTitle')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={error}
        w={420}
      />
      <Button
        variant="default"
        loading={add.isPending}
        onClick={() =>
          add.mutate(
            { meetingId: minutes.meetingId, title },
            {
              onSuccess: () => setTitle(''),
              onError: (problem) => setError(errorMessage(problem)),
            },
          )
        }
      >
        {t('page.addExtra')}
      </Button>
    </Group>
  )
}

function MinutesView({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  // Every § registers its "save now": documents are written from saved text only.
  const registry = useMemo(() => createAutosaveRegistry(), [])
  const exportMinutes = useSaveDocument('exports.minutesDocx')
  const exportSituation = useSaveDocument('exports.situationDocx')
  const [params] = useSearchParams()
  const focus = Number(params.get('p')) || null
  useEffect(() => {
    if (focus) document.getElementById(`p-${focus}`)?.scrollIntoView({ block: 'start' })
  }, [focus, minutes.begun])
  return (
    <AutosaveContext.Provider value={registry}>
      <PageHeader
        title={t('page.title', { body: minutes.bodyName, date: minutes.date })}
        intro={`${timeRange(minutes.startTime, minutes.endTime)}, ${minutes.place} · ${t('page.presence', { members: minutes.presence.members.length + minutes.presence.servingDeputies.length, others: minutes.presence.others.length + minutes.presence.deputies.length })}`}
        actions={
          minutes.begun ? (
            <>
              {!minutes.locked && (
                <Button variant="default" onClick={jumpToAdjustment}>
                  {t('page.toAdjustment')}
                </Button>
              )}
              <Button
                variant="default"
                loading={exportSituation.isPending}
                onClick={() => exportSituation.mutate({ meetingId: minutes.meetingId })}
              >
                {t('page.exportSituation')}
              </Button>
              <Button
                loading={exportMinutes.isPending}
                onClick={() =>
                  void registry
                    .flushAll()
                    .then(() => exportMinutes.mutate({ meetingId: minutes.meetingId }))
                }
              >
                {t('page.exportMinutes')}
              </Button>
            </>
          ) : undefined
        }
      />
      {!minutes.begun ? (
        <NotBegun minutes={minutes} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <Stack>
              {minutes.locked && (
                <Alert color="gray" title={t('paragraph.locked')}>
                  {t('page.locked', { date: minutes.adjustedOn })}
                </Alert>
              )}
              {minutes.paragraphs.map((paragraph) => (
                // Keyed by id only: a save's new version must not remount the § (focus and typing stay).
                <ParagraphCard
                  key={paragraph.id}
                  minutes={minutes}
                  paragraph={paragraph}
                  highlighted={paragraph.id === focus}
                />
              ))}
              {!minutes.locked && <ExtraItem minutes={minutes} />}
              {!minutes.locked && <AdjustmentCard key={minutes.version} minutes={minutes} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }} visibleFrom="lg">
            <MinutesOutline minutes={minutes} />
          </Grid.Col>
        </Grid>
      )}
    </AutosaveContext.Provider>
  )
}

export function MinutesPage() {
  const { id } = useParams()
  const query = useProcedure('minutes.get', { meetingId: Number(id) })
  return <QueryState query={query}>{(minutes) => <MinutesView minutes={minutes} />}</QueryState>
}
