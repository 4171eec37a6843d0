import { Button } from '@mantine/core'
import { useState } from 'react'

/** Delete in two steps: the first click asks, the second (the question itself) deletes. */
export function DeleteButton({
  label,
  confirm,
  pending,
  onDelete,
}: {
  label: string
  confirm: string
  pending: boolean
  onDelete: () => void
}) {
  const [asking, setAsking] = useState(false)
  return asking ? (
    <Button color="red" loading={pending} onClick={onDelete}>
      {confirm}
    </Button>
  ) : (
    <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
      {label}
    </Button>
  )
}
