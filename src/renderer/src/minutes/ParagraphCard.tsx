import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MinutesDto, ParagraphDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { useProcedure, useProcedureMutation } from '../components/procedures.ts'
import { SaveStatus } from '../components/SaveStatus.tsx'
import { draftKeyOf, restoredDraft, useAutosave } from '../components/useAutosave.ts'
import { useConfirm } from '../components/useConfirm.tsx'
import { useSaveDocument } from '../components/useSaveDocument.tsx'
import { ParagraphActions } from './ActionItems.tsx'
import { FollowUp } from './FollowUp.tsx'
import { ParagraphFields, type ParagraphContent } from './ParagraphFields.tsx'
import { SituationEditor } from './SituationEditor.tsx'

/**
 * What is saved of the fields: a decision row that is empty or holds only the "att " it started with is
 * not written yet (it stays on screen and is saved once it says something).
 */
const savable = (content: ParagraphContent): ParagraphContent => ({
  ...content,
  decisions: content.decisions.filter((decision) => !/^(att)?$/i.test(decision.trim())),
})

const contentOf = (paragraph: ParagraphDto): ParagraphContent => ({
  title: paragraph.title,
  text: paragraph.text,
  decisions: paragraph.decisions.map((decision) => decision.text),
})

function LockedText({ paragraph }: { paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  return (
    <Stack gap={6}>
      {paragraph.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {paragraph.text}
        </Text>
      )}
      {paragraph.decisions.length > 0 && (
        <div>
          <Text size="sm" fw={700}>
            {t('paragraph.decisions')}
          </Text>
          {paragraph.decisions.map((decision) => (
            <Text key={decision.id} size="sm" pl="md">
              {decision.text}
            </Text>
          ))}
        </div>
      )}
    </Stack>
  )
}

/**
 * One § of the minutes. Its text and decisions are saved as they are typed (and kept in a local draft
 * until the server has them); "Justera omedelbart" saves what is on screen and locks it in one step.
 */
export function ParagraphCard({
  minutes,
  paragraph,
  highlighted,
}: {
  minutes: MinutesDto
  paragraph: ParagraphDto
  highlighted: boolean
}) {
  const { t } = useTranslation('minutes')
  const askToConfirm = useConfirm()
  const database = useProcedure('system.info', {}).data?.databasePath ?? ''
  const draftKey = draftKeyOf(database, `paragraph:${paragraph.id}`)
  const save = useProcedureMutation('minutes.saveParagraph')
  const immediate = useProcedureMutation('minutes.markImmediate')
  const undoImmediate = useProcedureMutation('minutes.undoImmediate')
  const extract = useSaveDocument('exports.extractDocx')
  const [content, setContent] = useState<ParagraphContent>(() =>
    restoredDraft(draftKey, contentOf(paragraph)),
  )
  const [problem, setProblem] = useState<string | null>(null)
  const autosave = useAutosave({
    id: paragraph.id,
    value: savable(content),
    source: { value: contentOf(paragraph), version: paragraph.version },
    locked: paragraph.locked,
    draftKey,
    onReload: setContent,
    save: (value, version) => save.mutateAsync({ id: paragraph.id, version, ...value }),
  })

  const markImmediate = async () => {
    const confirmed = await askToConfirm({
      title: t('paragraph.immediateConfirmTitle', { number: paragraph.number }),
      message: t('paragraph.immediateConfirm'),
      confirmLabel: t('paragraph.markImmediate'),
    })
    if (!confirmed) return
    setProblem(null)
    // The text on screen is saved and locked in one call, so what was read out is what is locked.
    const wanted = savable(content)
    try {
      const version = await autosave.settled()
      const result = await immediate.mutateAsync({ id: paragraph.id, version, ...wanted })
      autosave.markSaved(wanted, result.version)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  const label = `§ ${paragraph.number} ${paragraph.title}`
  return (
    <Card
      withBorder
      id={`p-${paragraph.id}`}
      component="section"
      aria-label={label}
      style={{
        scrollMarginTop: 68,
        ...(highlighted ? { outline: '3px solid var(--mantine-color-yellow-5)' } : {}),
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={`p-${paragraph.id}-title`} tabIndex={-1}>
          § {paragraph.number} {paragraph.title}
        </Title>
        <Group gap={6}>
          {!paragraph.locked && <SaveStatus state={autosave.state} />}
          {paragraph.immediate && (
            <Badge color="grape" variant="light">
              {t('paragraph.immediate')}
            </Badge>
          )}
          {paragraph.immediate && !minutes.locked && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              loading={undoImmediate.isPending}
              onClick={() =>
                undoImmediate.mutate(
                  { id: paragraph.id, version: paragraph.version },
                  { onError: (error) => setProblem(errorMessage(error)) },
                )
              }
            >
              {t('paragraph.undoImmediate')}
            </Button>
          )}
          {paragraph.locked && (
            <Badge color="gray" variant="light">
              {t('paragraph.locked')}
            </Badge>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            loading={extract.isPending}
            onClick={() =>
              void autosave
                .saveNow()
                .then(() =>
                  extract.mutate({ meetingId: minutes.meetingId, paragraph: paragraph.number }),
                )
            }
          >
            {t('paragraph.extract')}
          </Button>
        </Group>
      </Group>
      {paragraph.locked ? (
        <LockedText paragraph={paragraph} />
      ) : (
        <ParagraphFields
          minutes={minutes}
          paragraph={paragraph}
          content={content}
          onChange={setContent}
          onSave={() => void autosave.saveNow()}
          footer={
            <Group gap={6}>
              <Button
                size="xs"
                variant="subtle"
                color="grape"
                loading={immediate.isPending}
                onClick={() => void markImmediate()}
              >
                {t('paragraph.markImmediate')}
              </Button>
              <Button
                size="xs"
                variant={autosave.state.kind === 'saved' ? 'light' : 'filled'}
                loading={autosave.state.kind === 'saving'}
                onClick={() => void autosave.saveNow()}
              >
                {t('paragraph.save')}
              </Button>
            </Group>
          }
        />
      )}
      {problem && (
        <Alert color="red" role="alert" mt="xs">
          {problem}
        </Alert>
      )}
      {(autosave.state.kind === 'conflict' || autosave.state.kind === 'error') && (
        <Alert color="red" role="alert" mt="xs" title={t('paragraph.notSaved')}>
          {autosave.state.message}
        </Alert>
      )}
      {paragraph.standingKey === 'situation' && minutes.situation && (
        <SituationEditor minutes={minutes} locked={paragraph.locked} />
      )}
      {paragraph.standingKey === 'actionFollowUp' && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            {t('page.followUpTitle')}
          </Text>
          <FollowUp minutes={minutes} paragraph={paragraph} />
        </Stack>
      )}
      <ParagraphActions paragraph={paragraph} />
    </Card>
  )
}
