import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MinutesDto } from '../../../shared/api/minutes.ts'
import { errorMessage } from '../api.ts'
import { useProcedureMutation } from '../components/procedures.ts'
import { ActionLine } from './ActionLine.tsx'

/** Before the minutes begin: the agenda (items can be struck) and the actions to follow up. */
export function NotBegun({ minutes }: { minutes: MinutesDto }) {
  const { t } = useTranslation('minutes')
  const begin = useProcedureMutation('minutes.begin')
  const [struck, setStruck] = useState<number[]>([])
  const start = async () => {
    try {
      await begin.mutateAsync({ meetingId: minutes.meetingId, struckItemIds: struck })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) })
    }
  }
  return (
    <Stack>
      <Alert color="blue">{t('page.notBegun')}</Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('page.agenda')}
          </Title>
          <Table aria-label={t('page.agenda')}>
            <Table.Tbody>
              {minutes.agenda.map((item, index) => (
                <Table.Tr key={item.id}>
                  <Table.Td w={40}>{index + 1}.</Table.Td>
                  <Table.Td td={struck.includes(item.id) ? 'line-through' : undefined}>
                    {item.title}
                  </Table.Td>
                  <Table.Td w={110}>
                    <Checkbox
                      size="xs"
                      label={t('page.strike')}
                      aria-label={`${t('page.strike')}: ${item.title}`}
                      checked={struck.includes(item.id)}
                      onChange={(event) =>
                        setStruck((current) =>
                          event.currentTarget.checked
                            ? [...current, item.id]
                            : current.filter((id) => id !== item.id),
                        )
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb={4}>
            {t('page.followUpTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('page.followUpIntro')}
          </Text>
          {minutes.followUp.length === 0 ? (
            <Text size="sm">{t('page.noFollowUp')}</Text>
          ) : (
            <Stack gap={6} aria-label={t('page.followUpTitle')}>
              {minutes.followUp.map((action) => (
                <ActionLine key={action.id} action={action} />
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Group>
        <Button onClick={start} loading={begin.isPending}>
          {t('page.begin')}
        </Button>
      </Group>
    </Stack>
  )
}
