import { NumberInput, type NumberInputProps } from '@mantine/core'

/** Whole kronor: "37 000 kr", no decimals, no minus sign. The server checks again. */
export function MoneyInput(props: NumberInputProps) {
  return (
    <NumberInput
      thousandSeparator=" "
      suffix=" kr"
      allowDecimal={false}
      allowNegative={false}
      min={0}
      hideControls
      {...props}
    />
  )
}
