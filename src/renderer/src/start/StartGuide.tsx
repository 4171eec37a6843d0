import { Badge, Button, Card, Group, List, Text, ThemeIcon, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useProcedure } from '../components/procedures.ts'

/**
 * The first steps, in order: each opens the screen where it is done and says when it is done
 * (read from the register and the meetings, so it also counts what was done elsewhere).
 */
export function StartGuide() {
  const { t } = useTranslation('start')
  const navigate = useNavigate()
  const bodies = useProcedure('register.listBodies', {})
  const people = useProcedure('register.listPeople', {})
  const meetings = useProcedure('meetings.list', { yearsBack: 1 })
  const firstPlanned = meetings.data?.find((meeting) => meeting.status !== 'cancelled')
  const steps = [
    {
      key: 'council',
      done: (bodies.data ?? []).some((body) => body.kind === 'council'),
      path: '/register/bodies',
    },
    { key: 'people', done: (people.data ?? []).length > 0, path: '/register/people' },
    { key: 'yearPlan', done: (meetings.data ?? []).length > 0, path: '/meetings' },
    {
      key: 'meeting',
      done: (meetings.data ?? []).some((meeting) =>
        ['held', 'minutesBegun', 'minutesAdjusted'].includes(meeting.status),
      ),
      path: firstPlanned ? `/meetings/${firstPlanned.id}` : '/meetings',
    },
  ] as const
  return (
    <Card withBorder padding="lg" maw={720} component="section" aria-labelledby="start-guide">
      <Title order={2} size="h3" id="start-guide" mb="xs">
        {t('guide.title')}
      </Title>
      <Text mb="md">{t('guide.intro')}</Text>
      <List type="ordered" spacing="sm" listStyleType="none" pl={0}>
        {steps.map((step, index) => (
          <List.Item
            key={step.key}
            icon={
              <ThemeIcon radius="xl" size="md" color={step.done ? 'teal' : 'gray'} aria-hidden>
                {step.done ? '✓' : index + 1}
              </ThemeIcon>
            }
          >
            <Group gap="sm" wrap="nowrap">
              <Button
                variant={step.done ? 'subtle' : 'light'}
                onClick={() => navigate(step.path)}
                aria-describedby={`guide-${step.key}`}
              >
                {t(`guide.${step.key}`)}
              </Button>
              <Text size="sm" c="dimmed" id={`guide-${step.key}`}>
                {t(`guide.${step.key}Help`)}
              </Text>
              {step.done && (
                <Badge color="teal" variant="light">
                  {t('guide.done')}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Card>
  )
}
