import { Alert, Button, Group, Text } from '@mantine/core'
import { Link } from 'react-router'

/** A next step from an empty screen: a form on this screen, or the screen where it can be done. */
export type EmptyStep = { label: string } & ({ to: string } | { onClick: () => void })

/**
 * What an empty screen says, the same everywhere: what to do first, and a button for it, so a
 * secretary on a new database is never left on a blank table.
 */
export function EmptyState({ text, steps = [] }: { text: string; steps?: EmptyStep[] }) {
  return (
    <Alert variant="light" color="gray" mb="md" maw={720} data-empty-state>
      <Text mb={steps.length > 0 ? 'sm' : 0}>{text}</Text>
      {steps.length > 0 && (
        <Group gap="xs">
          {steps.map((step, index) =>
            'to' in step ? (
              <Button
                key={step.label}
                component={Link}
                to={step.to}
                variant={index === 0 ? 'filled' : 'default'}
              >
                {step.label}
              </Button>
            ) : (
              <Button
                key={step.label}
                onClick={step.onClick}
                variant={index === 0 ? 'filled' : 'default'}
              >
                {step.label}
              </Button>
            ),
          )}
        </Group>
      )}
    </Alert>
  )
}
