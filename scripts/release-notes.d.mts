export function checkTag(tag: string, version: string): void

export function changelogEntry(changelog: string, version: string): string
