import { Group, Kbd, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../components/PageHeader.tsx'
import { navigation } from '../navigation.tsx'
import { areaShortcuts, screenShortcuts } from './shortcuts.ts'

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, index) => (
        <Kbd key={index}>{key}</Kbd>
      ))}
    </Group>
  )
}

const label = (path: string) =>
  navigation.flatMap((section) => section.links).find((link) => link.path === path)?.label

export function HelpPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('help.title')} intro={t('help.intro')} />
      <Stack maw={720}>
        <Title order={2} size="h3">
          {t('help.shortcuts')}
        </Title>
        <Table aria-label={t('help.shortcuts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('help.keysColumn')}</Table.Th>
              <Table.Th>{t('help.doesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {screenShortcuts.map((shortcut) => (
              <Table.Tr key={shortcut.text}>
                <Table.Td>
                  <Keys keys={shortcut.keys} />
                </Table.Td>
                <Table.Td>{t(`help.keys.${shortcut.text}`)}</Table.Td>
              </Table.Tr>
            ))}
            {areaShortcuts.map((shortcut) => (
              <Table.Tr key={shortcut.keys}>
                <Table.Td>
                  <Keys
                    keys={shortcut.keys
                      .split('+')
                      .map((key) => key[0]!.toUpperCase() + key.slice(1))}
                  />
                </Table.Td>
                <Table.Td>
                  {t('help.goTo', {
                    screen: t((label(shortcut.path) ?? 'nav.help') as 'nav.help'),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {t('help.menu')}
        </Text>
      </Stack>
    </>
  )
}
