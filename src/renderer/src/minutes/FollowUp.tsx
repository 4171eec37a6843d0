import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ActionItemDto, MinutesDto, ParagraphDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { useProcedureMutation } from '../components/procedures.ts'
import { ActionLine } from './ActionLine.tsx'

/** The follow-up §: open actions from earlier meetings are reported done or struck here. */
export function FollowUp({ minutes, paragraph }: { minutes: MinutesDto; paragraph: ParagraphDto }) {
  const { t } = useTranslation('minutes')
  const report = useProcedureMutation('minutes.reportAction')
  const act = async (action: ActionItemDto, status: 'done' | 'struck' | 'open') => {
    try {
      await report.mutateAsync({
        id: action.id,
        version: action.version,
        status,
        paragraphId: status === 'open' ? null : paragraph.id,
      })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  if (minutes.followUp.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('page.noFollowUp')}
      </Text>
    )
  return (
    <Stack gap={4} aria-label={t('page.followUpTitle')}>
      {minutes.followUp.map((action) => (
        <Group key={action.id} justify="space-between" wrap="nowrap">
          <ActionLine action={action} />
          {!paragraph.locked && (
            <Group gap={4} wrap="nowrap">
              {action.status === 'done' || action.status === 'struck' ? (
                <Button size="compact-xs" variant="default" onClick={() => act(action, 'open')}>
                  {t('action.reopen')}
                </Button>
              ) : (
                <>
                  <Button
                    size="compact-xs"
                    color="teal"
                    variant="light"
                    aria-label={`${t('action.done')}: ${action.description}`}
                    onClick={() => act(action, 'done')}
                  >
                    {t('action.done')}
                  </Button>
                  <Button
                    size="compact-xs"
                    color="gray"
                    variant="light"
                    onClick={() => act(action, 'struck')}
                  >
                    {t('action.struck')}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
      ))}
    </Stack>
  )
}
