/**
 * Does a name match what the secretary typed? Every typed word must start a word of the name
 * ("lena" finds Lena Ek and Anna-Lena Berg, not Helena Forsberg), in any letter case and order.
 */
export function matchesWordStart(name: string, typed: string): boolean {
  const words = name
    .toLocaleLowerCase('sv')
    .split(/[\s\-,.()/]+/)
    .filter(Boolean)
  return typed
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter(Boolean)
    .every((part) => words.some((word) => word.startsWith(part)))
}
