export function bundle(out: string): void

export function asciiOnly(script: string): string
